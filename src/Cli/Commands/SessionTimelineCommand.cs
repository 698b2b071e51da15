using System.CommandLine;
using System.Text.Json;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session timeline &lt;id&gt; [--after cursor] [--follow]`: the session's timeline, one line per entry; with
/// <c>--follow</c>, the live event stream, each new entry printed as it happens until interrupted (Ctrl+C).
/// </summary>
public static class SessionTimelineCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var after = new Option<string?>("--after") { Description = "Only entries after this cursor: a sequence number as the timeline prints it (12), or a public one as event ids carry it (p12).", HelpName = "cursor" };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new entries as they happen, until interrupted." };
        var json = JsonOption.Create();
        json.Description = "Print JSON: the array of entries, or with --follow one entry object per line.";
        var command = new Command("timeline", "Print the session's timeline; --follow streams new entries live.") { session, after, follow, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var id = parseResult.Read(session);
            var afterValue = parseResult.GetValue(after) is { } text ? ArgumentText.ParseCursor(text, "--after") : "0";
            var asJson = parseResult.GetValue(json);
            if (parseResult.GetValue(follow))
            {
                return await FollowAsync(server, id, afterValue, asJson, output, cancellationToken);
            }

            var reply = await server.GetAsync($"api/sessions/{id}/timeline?after={afterValue}", cancellationToken);
            if (asJson)
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                foreach (var entry in RemoteJson.Read<TimelineEntry[]>(reply))
                {
                    output.WriteLine(TimelineText.Line(entry));
                }
            }

            return PracticeCli.Success;
        });
        return command;
    }

    private static async Task<int> FollowAsync(PracticeServer server, Guid session, string after, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var entry in TimelineEvents.FollowAsync(server, session, after, cancellationToken))
            {
                Write(output, entry, json);
                // Whoever reads a followed timeline (a person, a pipe) wants each entry when it happens.
                await output.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted: following ends here by design, not by failure.
        }

        return PracticeCli.Success;
    }

    private static void Write(TextWriter output, JsonElement entry, bool json)
    {
        if (json)
        {
            JsonOutput.WriteLine(output, entry);
        }
        else
        {
            output.WriteLine(TimelineText.Line(RemoteJson.Read<TimelineEntry>(entry)));
        }
    }
}
