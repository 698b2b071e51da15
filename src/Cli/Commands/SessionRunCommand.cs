using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session run &lt;id&gt; -- &lt;command line...&gt;`: a responder runs a tool command or remediation against the
/// cell and sees its output as their terminal would (`help` lists what the scenario offers). The `--` keeps the
/// tool's own options (`svcs -xv`) from being read as practice's.
/// </summary>
public static class SessionRunCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var words = new Argument<string[]>("command") { Description = "The command line, after --; 'help' lists the scenario's tools.", Arity = ArgumentArity.OneOrMore };
        var json = JsonOption.Create();
        var command = new Command("run", "Responder: run a tool command against the cell, e.g. 'practice session run <id> -- svcs -xv'.") { session, words, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var commandLine = string.Join(' ', parseResult.GetValue(words)!);
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/commands", new { commandLine }, cancellationToken);
            return CommandReply.Write(output, reply, parseResult.GetValue(json));
        });
        return command;
    }
}
