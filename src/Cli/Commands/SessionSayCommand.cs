using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session say &lt;id&gt; &lt;text&gt; [--help-request|--pointer|--hint]`: a post in the session channel. Responders
/// post messages and help requests; instigators pointers (the scenario's or an http(s) link) and hints phrased as questions.
/// </summary>
public static class SessionSayCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var text = new Argument<string[]>("text") { Description = "What to say (quote it, or let the words run on).", Arity = ArgumentArity.OneOrMore };
        var helpRequest = new Option<bool>("--help-request") { Description = "Responder: ask the instigators for help." };
        var pointer = new Option<bool>("--pointer") { Description = "Instigator: a link to docs, a man page or source." };
        var hint = new Option<bool>("--hint") { Description = "Instigator: a hint phrased as a question." };
        var json = JsonOption.Create();
        var command = new Command("say", "Post in the session channel (a message, unless a kind is given).") { session, text, helpRequest, pointer, hint, json };
        command.Validators.Add(result =>
        {
            if (new[] { helpRequest, pointer, hint }.Count(o => result.GetValue(o)) > 1)
            {
                result.AddError("choose one of --help-request, --pointer and --hint");
            }
        });
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var kind = parseResult.GetValue(helpRequest) ? "helpRequest"
                : parseResult.GetValue(pointer) ? "pointer"
                : parseResult.GetValue(hint) ? "hint"
                : "message";
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/channel", new { kind, text = string.Join(' ', parseResult.GetValue(text)!) }, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                output.WriteLine(TimelineText.Line(RemoteJson.Read<TimelineEntry>(reply)));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}
