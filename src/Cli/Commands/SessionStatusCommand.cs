using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// Status updates: `practice session status-update &lt;id&gt; --audience internal|customers --text TEXT --next MINUTES`
/// (responders) and `practice session status-page &lt;id&gt;` (the practice status page they build).
/// </summary>
public static class SessionStatusCommand
{
    public static Command BuildUpdate(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var audience = new Option<string>("--audience") { Description = "Whom the update is for.", DefaultValueFactory = _ => "customers" }
            .AcceptOnlyFromAmong("internal", "customers");
        var text = new Option<string>("--text") { Description = "What the update says.", Required = true };
        var next = new Option<int>("--next") { Description = "Minutes until the next update (the debrief holds you to it).", Required = true, HelpName = "minutes" };
        var json = JsonOption.Create();
        var command = new Command("status-update", "Responder: post a status update to the practice status page.") { session, audience, text, next, json };
        command.Validators.Add(result =>
        {
            if (result.GetResult(next) is not null && result.GetValue(next) is < 1 or > 1440)
            {
                result.AddError($"--next must be 1-1440 minutes, not {result.GetValue(next)}");
            }
        });
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/status-updates",
                new { audience = parseResult.GetValue(audience), text = parseResult.GetValue(text), nextUpdateInMinutes = parseResult.GetValue(next) }, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                output.WriteLine(StakeholderText.Line(RemoteJson.Read<StatusUpdate>(reply)));
            }

            return PracticeCli.Success;
        });
        return command;
    }

    public static Command BuildPage(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var json = JsonOption.Create();
        var command = new Command("status-page", "Show the session's practice status page.") { session, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync($"api/sessions/{parseResult.Read(session)}/status-page", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                StakeholderText.Write(output, RemoteJson.Read<StatusPage>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}
