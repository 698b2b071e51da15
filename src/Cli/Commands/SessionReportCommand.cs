using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session report &lt;id&gt; [-o file.md]`: the postmortem draft in Markdown, once the debrief is held.</summary>
public static class SessionReportCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var file = new Option<string?>("--output", "-o") { Description = "Write the Markdown to this file instead of printing it.", HelpName = "file.md" };
        var command = new Command("report", "Print or save the postmortem draft (Markdown) after the debrief.") { session, file };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var markdown = await server.GetTextAsync($"api/sessions/{parseResult.Read(session)}/report.md", cancellationToken);
            if (parseResult.GetValue(file) is { } path)
            {
                await File.WriteAllTextAsync(path, markdown, cancellationToken);
                output.WriteLine($"Wrote the postmortem draft to {path}.");
            }
            else
            {
                output.Write(markdown);
            }

            return PracticeCli.Success;
        });
        return command;
    }
}
