using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session start|pause|resume|abort|close|resolve &lt;id&gt;`: the session's lifecycle steps, each one POST with
/// no body that answers the session as it now is.
/// </summary>
public static class SessionLifecycleCommand
{
    private static readonly (string Name, string Description)[] Steps =
    [
        ("start", "Instigator: build the cell and start pacing it (needs an instigator and a responder)."),
        ("pause", "Instigator: freeze the cell."),
        ("resume", "Instigator: carry on pacing the cell."),
        ("abort", "Instigator: the kill switch; clear every fault, restore the cell and end the session."),
        ("close", "Instigator: close a debriefed session."),
        ("resolve", "Responder: declare service restored; the live phase ends, the cell keeps running."),
    ];

    public static IEnumerable<Command> BuildAll(ConnectionOptions connection, TextWriter output) =>
        Steps.Select(step => Build(step.Name, step.Description, connection, output));

    private static Command Build(string step, string description, ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var json = JsonOption.Create();
        var command = new Command(step, description) { session, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/{step}", body: null, cancellationToken);
            SessionReply.Write(output, reply, parseResult.GetValue(json));
            return PracticeCli.Success;
        });
        return command;
    }
}
