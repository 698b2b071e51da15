using System.CommandLine;
using System.Net;
using System.Text.Json;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session postmortem edit &lt;id&gt; &lt;section&gt; (--text ... | --file path | --item "owner: text" ...)
/// [--version n]`: saves one section. With <c>--version</c> the save is refused when someone saved the section after
/// that version; without it, the version is read first, so only a save in between is refused.
/// </summary>
public static class PostmortemEditCommand
{
    private static readonly string[] Sections = ["summary", "contributing-factors", "went-well", "went-poorly", "action-items"];

    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var section = new Argument<string>("section") { Description = "The section to save." }.AcceptOnlyFromAmong(Sections);
        var text = new Option<string?>("--text") { Description = "The section's new text." };
        var file = new Option<string?>("--file") { Description = "Read the new text (or action items, one per line) from this file; - reads stdin.", HelpName = "path" };
        var items = new Option<string[]>("--item") { Description = "action-items: one item, 'owner: text' ('[x] owner: text' when done); repeat for each.", AllowMultipleArgumentsPerToken = false };
        var version = new Option<int?>("--version") { Description = "The version you read (see 'show'); the save is refused if the section changed since." };
        var json = JsonOption.Create();
        var command = new Command("edit", "Save one section of the postmortem.") { session, section, text, file, items, version, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var id = parseResult.Read(session);
            var name = parseResult.GetValue(section)!;
            var content = await ContentAsync(name, parseResult.GetValue(text), parseResult.GetValue(file), parseResult.GetValue(items) ?? [], cancellationToken);
            var read = parseResult.GetValue(version) ?? await CurrentVersionAsync(server, id, name, cancellationToken);
            object body = name == "action-items" ? new { version = read, items = content } : new { version = read, text = content };
            JsonElement reply;
            try
            {
                reply = await server.PutAsync($"api/sessions/{id}/postmortem/sections/{name}", body, cancellationToken);
            }
            catch (RequestRefusedException refused) when (refused.Status == HttpStatusCode.Conflict && refused.Title == "Edited by someone else")
            {
                throw new RequestRefusedException(refused.Status, refused.Title,
                    $"{refused.Detail} Re-read it with 'practice session postmortem show {id}', then edit again with --version set to its version now.");
            }
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                PostmortemText.WriteSaved(output, RemoteJson.Read<PostmortemSection>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }

    /// <summary>The new text, or for action items the list of items; exactly one source.</summary>
    private static async Task<object> ContentAsync(string section, string? text, string? file, string[] items, CancellationToken cancellationToken)
    {
        var sources = (text is null ? 0 : 1) + (file is null ? 0 : 1) + (items.Length == 0 ? 0 : 1);
        if (sources != 1)
        {
            throw new UsageException(section == "action-items"
                ? "Give the action items with --item 'owner: text' (repeated) or --file (one item per line)."
                : "Give the section's text with --text or --file (- for stdin).");
        }
        if (items.Length > 0 && section != "action-items")
        {
            throw new UsageException($"--item is for action-items; {section} takes --text or --file.");
        }
        var written = text ?? (file is null ? null : file == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(file, cancellationToken));
        if (section != "action-items")
        {
            return written!;
        }
        var lines = written is null ? items : written.Split('\n').Where(l => l.Trim().Length > 0).ToArray();
        return lines.Select(ActionItemText.Parse).ToArray();
    }

    private static async Task<int> CurrentVersionAsync(PracticeServer server, Guid id, string section, CancellationToken cancellationToken) =>
        RemoteJson.Read<PostmortemView>(await server.GetAsync($"api/sessions/{id}/postmortem", cancellationToken)).Sections.Single(s => s.Name == section).Version;
}
