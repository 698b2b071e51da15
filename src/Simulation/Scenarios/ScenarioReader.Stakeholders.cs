using System.Collections.Immutable;
using YamlDotNet.Core;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>Stakeholder messages and the status-update cadence, and the secrecy check of every text responders read.</summary>
internal sealed partial class ScenarioReader
{
    /// <summary>The most a stakeholder message may hold, as for a channel post.</summary>
    public const int MaxStakeholderText = 4000;

    private readonly List<(string Text, Mark Mark, string What)> _readByResponders = [];

    private ImmutableArray<StakeholderSpec> ReadStakeholders(YamlMap parent)
    {
        var builder = ImmutableArray.CreateBuilder<StakeholderSpec>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in parent.Sequence("stakeholders"))
        {
            var map = new YamlMap(item, _problems, "a stakeholder message", "id", "from", "at", "when", "text", "expects_answer");
            var id = map.Text("id", required: true);
            if (id.Length > 0 && !IsSlug(id))
            {
                _problems.Add(map.MarkOf("id"), $"stakeholder message id '{id}' must be lowercase letters, digits and dashes");
            }
            else if (id.Length > 0 && !ids.Add(id))
            {
                _problems.Add(map.MarkOf("id"), $"duplicate stakeholder message id '{id}'");
            }

            var from = map.Text("from", required: true).Trim();
            if (map.Has("from") && (from.Length is 0 or > 80 || from.Any(char.IsControl)))
            {
                _problems.Add(map.MarkOf("from"), "'from' of a stakeholder message is a role name of 1-80 characters, such as \"Support (Dana)\"");
            }

            var text = map.Text("text", required: true).Trim();
            if (map.Has("text") && (text.Length is 0 or > MaxStakeholderText))
            {
                _problems.Add(map.MarkOf("text"), $"'text' of a stakeholder message must be 1-{MaxStakeholderText} characters");
            }
            else if (text.Length > 0)
            {
                _readByResponders.Add((text, map.MarkOf("text"), $"stakeholder message '{id}'"));
                _readByResponders.Add((from, map.MarkOf("from"), $"the sender of stakeholder message '{id}'"));
            }

            var trigger = ReadTrigger(map);
            builder.Add(new StakeholderSpec(id, from, trigger, text, map.Boolean("expects_answer") ?? false));
        }

        return builder.ToImmutable();
    }

    private StakeholderTrigger ReadTrigger(YamlMap message)
    {
        var at = message.Duration("at");
        if (message.Has("at") == message.Has("when"))
        {
            _problems.Add(message.Start, "a stakeholder message needs either 'at' (a simulated time) or 'when' (a cell condition), not both");
        }

        if (message.Raw("when") is not { } node)
        {
            return new StakeholderTrigger(at ?? TimeSpan.Zero, null, false, TimeSpan.Zero);
        }

        var when = new YamlMap(node, _problems, "a stakeholder message's 'when'", "alarm", "impact", "after");
        var after = when.Duration("after") ?? TimeSpan.Zero;
        if (after < TimeSpan.Zero)
        {
            _problems.Add(when.MarkOf("after"), "'after' must not be negative");
        }

        var alarm = when.String("alarm");
        if (alarm is not null)
        {
            Reference(alarm, EntityKind.AlarmRule, when.MarkOf("alarm"), "a stakeholder message's 'when'");
        }

        var impact = when.String("impact");
        if (impact is not null and not "started")
        {
            _problems.Add(when.MarkOf("impact"), $"'impact' in a stakeholder message's 'when' must be 'started', not '{impact}'");
        }

        if ((alarm is null) == (impact is null))
        {
            _problems.Add(when.Start, "'when' names one condition: { alarm: <alarm rule id> } or { impact: started }, optionally with 'after'");
        }

        return new StakeholderTrigger(null, alarm, alarm is null, after);
    }

    private StatusUpdateCadence? ReadStatusUpdates(YamlMap parent)
    {
        if (parent.Raw("status_updates") is not { } node)
        {
            return null;
        }

        var map = new YamlMap(node, _problems, "'status_updates'", "every");
        var every = map.Duration("every", required: true);
        if (every is { } e && (e < TimeSpan.FromMinutes(1) || e > TimeSpan.FromHours(24)))
        {
            _problems.Add(map.MarkOf("every"), "'every' in 'status_updates' must be between 1m and 24h");
        }

        return every is { } cadence ? new StatusUpdateCadence(cadence) : null;
    }

    /// <summary>Hints and stakeholder messages reach responders before their debrief: none may give the answer away.</summary>
    private void CheckSecrecy(Scenario scenario)
    {
        foreach (var (text, mark, what) in _readByResponders)
        {
            if (SolutionLeak.Find(text, scenario) is { } leak)
            {
                _problems.Add(mark, $"{what} reveals the solution: {leak}; responders read it before their debrief");
            }
        }
    }
}
