using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session assess &lt;id&gt; --start &lt;minute&gt; --end &lt;minute&gt; --share type=0.3 ... --root-cause ".." --summary ".."`:
/// the responders' impact assessment (minutes since the cell started); a new one replaces the last.
/// </summary>
public static class SessionAssessCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var start = new Option<string>("--start") { Description = "The minute the impact started (since the cell started).", HelpName = "minute", Required = true };
        var end = new Option<string>("--end") { Description = "The minute the impact ended.", HelpName = "minute", Required = true };
        var shares = new Option<string[]>("--share") { Description = "A request type's failed share in that window, 0-1 or a percentage: get-object=0.4 (repeatable).", HelpName = "type=share", AllowMultipleArgumentsPerToken = true };
        var rootCause = new Option<string>("--root-cause") { Description = "What caused it.", Required = true };
        var summary = new Option<string>("--summary") { Description = "What happened and what restored service.", Required = true };
        var json = JsonOption.Create();
        var command = new Command("assess", "Responder: submit the impact assessment.") { session, start, end, shares, rootCause, summary, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var startMinute = ArgumentText.ParseWhole(parseResult.GetValue(start)!, "--start minute");
            var endMinute = ArgumentText.ParseWhole(parseResult.GetValue(end)!, "--end minute");
            var failedShares = Shares(parseResult.GetValue(shares) ?? []);
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/assessment", new
            {
                startMinute,
                endMinute,
                failedShares,
                rootCause = parseResult.GetValue(rootCause),
                summary = parseResult.GetValue(summary),
            }, cancellationToken);
            if (parseResult.GetValue(json))
            {
                SessionReply.Write(output, reply, json: true);
                return PracticeCli.Success;
            }
            // What was saved, not the whole session again.
            output.WriteLine($"Assessment saved; the session is {RemoteJson.Read<SessionView>(reply).Status}.");
            output.WriteLine($"impact     minute {startMinute} to {endMinute}");
            output.WriteLine($"failed     {(failedShares.IsEmpty ? "none given" : string.Join(", ", failedShares.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:0.0%}"))))}");
            output.WriteLine($"root cause {parseResult.GetValue(rootCause)}");
            output.WriteLine($"summary    {parseResult.GetValue(summary)}");
            return PracticeCli.Success;
        });
        return command;
    }

    /// <summary><c>get-object=0.4</c> or <c>get-object=40%</c>, each request type once.</summary>
    private static ImmutableSortedDictionary<string, double> Shares(IEnumerable<string> pairs)
    {
        var shares = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"bad --share '{pair}': expected type=share, such as get-object=0.4");
            }

            var type = pair[..equals].Trim();
            var text = pair[(equals + 1)..].Trim();
            var share = text.EndsWith('%') ? ArgumentText.ParseNumber(text[..^1], $"share of {type}") / 100 : ArgumentText.ParseNumber(text, $"share of {type}");
            if (!shares.TryAdd(type, share))
            {
                throw new UsageException($"--share names '{type}' twice");
            }
        }

        return shares.ToImmutable();
    }
}
