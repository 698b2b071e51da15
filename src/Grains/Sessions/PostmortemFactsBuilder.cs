using System.Collections.Immutable;
using PracticePlatform.Contracts.Postmortems;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// Prefills a postmortem from what the session recorded and the debrief fixed: the impact (assessment beside the
/// ground truth), the milestones of the response, and the blocks of recorded facts (commands, blind alleys, hints,
/// lessons, and the debrief's communication findings: status updates, late or missing ones, unanswered stakeholder
/// questions). The API, the Markdown and the console show every block alike.
/// </summary>
public static class PostmortemFactsBuilder
{
    public static PostmortemFacts Build(SessionState state, Debrief debrief) => new(
        state.ScenarioId,
        state.Status,
        [.. state.Participants],
        Impact(debrief),
        Milestones(state, debrief),
        debrief.CellRestored,
        debrief.Assembly,
        [.. Blocks(state).Concat(CommunicationBlocks(debrief.Communication)).Where(b => !b.Entries.IsEmpty)]);

    /// <summary>Every block of recorded facts, in the order the document shows them; empty blocks are left out.</summary>
    private static IEnumerable<PostmortemFactBlock> Blocks(SessionState state) =>
    [
        CommandsThatMattered(state),
        BlindAlleys(state),
        HintsAndPointers(state),
        Lessons(state),
    ];

    /// <summary>
    /// Keeping people informed, as the debrief judged it: the status updates sent, those late or missing against the
    /// scenario's cadence and the updates' own promises, and the stakeholder questions nobody answered.
    /// </summary>
    private static IEnumerable<PostmortemFactBlock> CommunicationBlocks(Communication? communication)
    {
        if (communication is null)
        {
            yield break;
        }
        yield return new("status-updates", "Status updates", [.. Each(communication.StatusUpdates).Select(u =>
            new PostmortemFactEntry(u.Second, u.By, $"[{(u.Audience == StatusAudience.Customers ? "customers" : "internal")}] {u.Text} (next update promised in {u.NextUpdateInMinutes} min)"))]);
        yield return new("late-or-missing-updates", "Late or missing status updates", [.. Each(communication.LateOrMissing).Select(f =>
            new PostmortemFactEntry(f.CameSecond ?? f.DueSecond, null, f.Text))]);
        yield return new("unanswered-questions", "Unanswered stakeholder questions", [.. Each(communication.Unanswered).Select(m =>
            new PostmortemFactEntry(m.Second, m.From, m.Text))]);
    }

    private static IEnumerable<T> Each<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static PostmortemImpact Impact(Debrief debrief) => new(
        debrief.Assessment?.StartMinute,
        debrief.Assessment?.EndMinute,
        debrief.ImpactStartMinute,
        debrief.ImpactOngoing ? null : debrief.ImpactEndMinute,
        debrief.ImpactOngoing,
        debrief.RequestTypes.IsDefault ? [] : debrief.RequestTypes,
        debrief.Assessment?.RootCause,
        debrief.Assessment?.Summary);

    /// <summary>The moments of the response in the order they happened; those that did not happen last.</summary>
    private static ImmutableArray<PostmortemMilestone> Milestones(SessionState state, Debrief debrief)
    {
        var injected = debrief.InjectedAtSecond;
        var mitigation = state.Remediations.FirstOrDefault(r => r.Mitigated);
        var ack = state.Acks.FirstOrDefault();
        var restored = state.Timeline.FirstOrDefault(e => e.Kind == TimelineKind.Restored);
        PostmortemMilestone At(string kind, string label, long? second, string? by = null) =>
            new(kind, second is null && kind != "impact-ended" ? $"{label} (did not happen)" : label, second, injected is { } i && second is { } s && s >= i ? s - i : null, by);
        PostmortemMilestone[] milestones =
        [
            At("injected", "Fault injected", injected),
            At("impact-started", "Impact started (ground truth)", debrief.ImpactStartMinute * 60),
            At("detected", "Detected: the first alarm fired", state.FirstAlarmSecond),
            At("acknowledged", ack is null ? "Acknowledged: the first responder action after an alarm" : $"Acknowledged: {ack.AlarmId}", state.FirstAckSecond ?? state.FirstResponseSecond, ack?.By),
            At("mitigated", mitigation is null ? "Mitigated" : $"Mitigated: {mitigation.CommandLine}", mitigation?.Second, mitigation?.Actor),
            At("resolved", "Resolved: service declared restored", state.DeclaredRestoredSecond, restored?.Actor),
            At("impact-ended", debrief.ImpactOngoing ? "Impact still ongoing at the debrief (ground truth)" : "Impact ended (ground truth)", debrief.ImpactOngoing ? null : debrief.ImpactEndMinute * 60),
        ];
        return [.. milestones.OrderBy(m => m.Second is null).ThenBy(m => m.Second ?? 0)];
    }

    /// <summary>The remediations the simulator judged to have mitigated part of a fault.</summary>
    private static PostmortemFactBlock CommandsThatMattered(SessionState state) => new(
        "commands-that-mattered",
        "Commands that mattered",
        [.. state.Remediations.Where(r => r.Mitigated).Select(r => new PostmortemFactEntry(r.Second, r.Actor, r.CommandLine))]);

    private static PostmortemFactBlock BlindAlleys(SessionState state) => new(
        "blind-alleys",
        "Blind alleys",
        [.. DebriefCalculator.BlindAlleySteps(state).Select(a => new PostmortemFactEntry(a.Second, a.Actor, a.Text))]);

    private static PostmortemFactBlock HintsAndPointers(SessionState state) => new(
        "hints",
        "Hints and pointers given",
        [.. state.Timeline.Where(e => e.Kind is TimelineKind.Hint or TimelineKind.Pointer).Select(e => new PostmortemFactEntry(e.Second, e.Actor, e.Text))]);

    private static PostmortemFactBlock Lessons(SessionState state) => new(
        "lessons",
        "Lessons and suggestions entered at the debrief",
        [.. state.Lessons.Select(l => new PostmortemFactEntry(null, l.By, l.Kind == LessonKind.Lesson ? l.Text : $"{Lesson.Heading(l.Kind)}: {l.Text}"))]);
}
