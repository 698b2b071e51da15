using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// Code Blue: `practice session code-blue &lt;id&gt; [--page person]...` (instigator: page the cohort, or the people named,
/// when it starts), `practice session join &lt;id&gt;` (a paged person joins) and `practice session close-joining &lt;id&gt;`.
/// </summary>
public static class SessionCodeBlueCommand
{
    public static Command BuildCall(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var page = new Option<string[]>("--page") { Description = "A person to page instead of the cohort (repeatable).", HelpName = "person" };
        var json = JsonOption.Create();
        var command = new Command("code-blue", "Instigator: make a scheduled or draft session a Code Blue; when it starts, its cohort (or the --page people) is paged and may join.") { session, page, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var people = (parseResult.GetValue(page) ?? []).Select(p => ArgumentText.ParseId(p, "person id")).ToArray();
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/code-blue", new { people }, cancellationToken);
            SessionReply.Write(output, reply, parseResult.GetValue(json));
            return PracticeCli.Success;
        });
        return command;
    }

    public static Command BuildJoin(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var json = JsonOption.Create();
        var command = new Command("join", "Answer a Code Blue page: join as a responder (an observer if you played the scenario before).") { session, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/join", body: null, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                var joined = RemoteJson.Read<JoinOutcome>(reply);
                output.WriteLine($"Joined as {joined.Role}. {joined.Message}");
                SessionText.Write(output, joined.Session);
            }

            return PracticeCli.Success;
        });
        return command;
    }

    public static Command BuildCloseJoining(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var json = JsonOption.Create();
        var command = new Command("close-joining", "Instigator: close a Code Blue's joining; later joins are refused.") { session, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/joining/close", body: null, cancellationToken);
            SessionReply.Write(output, reply, parseResult.GetValue(json));
            return PracticeCli.Success;
        });
        return command;
    }
}
