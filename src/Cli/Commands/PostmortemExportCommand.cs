using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session postmortem export &lt;id&gt; [--out file.md]`: the postmortem as Markdown.</summary>
public static class PostmortemExportCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var file = new Option<string?>("--out", "-o") { Description = "Write the Markdown to this file instead of printing it.", HelpName = "file.md" };
        var command = new Command("export", "Print or save the postmortem as Markdown.") { session, file };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var markdown = await server.GetTextAsync($"api/sessions/{parseResult.Read(session)}/postmortem.md", cancellationToken);
            if (parseResult.GetValue(file) is { } path)
            {
                await File.WriteAllTextAsync(path, markdown, cancellationToken);
                output.WriteLine($"Wrote the postmortem to {path}.");
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
