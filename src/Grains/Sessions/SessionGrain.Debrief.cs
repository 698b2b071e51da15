using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>The assessment, the debrief, lessons learned and the postmortem draft.</summary>
public sealed partial class SessionGrain
{
    private const int MaxLessonLength = 2000;

    public async Task<SessionView> SubmitAssessmentAsync(Caller caller, ImpactAssessment assessment)
    {
        EnsureExists();
        var responder = RequireResponder(caller);
        RequireStatus("submit an assessment", SessionStatus.Resolved, SessionStatus.Assessing);
        _scenario ??= await FindScenarioAsync(S.ScenarioId);
        AssessmentRules.Check(assessment, _scenario);
        await SyncAsync();
        // The sync may have reopened the incident (a fault came back after the declaration).
        RequireStatus("submit an assessment", SessionStatus.Resolved, SessionStatus.Assessing);
        S.Assessment = assessment;
        S.Status = SessionStatus.Assessing;
        Append(responder.Name, TimelineKind.Assessment, $"Impact from minute {assessment.StartMinute} to {assessment.EndMinute}; root cause: {assessment.RootCause}");
        await SaveAsync();
        return View(caller);
    }

    public async Task<Debrief> HoldDebriefAsync(Caller caller)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("hold the debrief", SessionStatus.Assessing);
        await SyncAsync();
        Apply(await Cell.PaceAsync(0));
        var truth = await Cell.TruthAsync();
        _scenario ??= await FindScenarioAsync(S.ScenarioId);
        S.Debrief = DebriefCalculator.Compute(S, truth) with { Communication = CommunicationReview.Of(S, truth.GroundTruth, _scenario.StatusUpdates) };
        S.Status = SessionStatus.Debriefed;
        await StopPacingAsync();
        foreach (var participant in S.Participants)
        {
            await GrainFactory.GetGrain<IPersonGrain>(participant.PersonId).MarkDebriefedAsync(Id);
        }
        Append(caller.Name, TimelineKind.Debrief, "Debrief held.", notify: true);
        await SaveAsync();
        await RecordResultAsync();
        return S.Debrief;
    }

    public Task<string> ScenarioIdAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        return Task.FromResult(S.ScenarioId);
    }

    public Task<Debrief> GetDebriefAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        return Task.FromResult(RequireDebrief());
    }

    public async Task<SavedLesson> AddLessonAsync(Caller caller, string text, LessonKind kind)
    {
        EnsureExists();
        RequireMember(caller);
        var participant = ParticipantOf(caller)
            ?? throw new ParticipantNotAllowedException("Lessons are entered by the session's participants.");
        RequireStatus("add a lesson", SessionStatus.Assessing, SessionStatus.Debriefed);
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLessonLength)
        {
            throw new SessionArgumentException($"A lesson needs 1-{MaxLessonLength} characters.");
        }
        if (!Enum.IsDefined(kind))
        {
            throw new SessionArgumentException($"A lesson's kind is lesson, responseSuggestion or practiceSuggestion; {(int)kind} is none of them.");
        }
        var lesson = new Lesson(participant.Name, text.Trim(), timeProvider.GetUtcNow(), kind);
        S.Lessons.Add(lesson);
        if (S.Debrief is { } debrief)
        {
            S.Debrief = debrief with { Lessons = [.. S.Lessons] };
        }
        Append(participant.Name, TimelineKind.Lesson, kind == LessonKind.Lesson ? lesson.Text : $"{Lesson.Heading(kind)}: {lesson.Text}");
        await SaveAsync();
        return new SavedLesson(lesson, [.. S.Lessons]);
    }

    public Task<string> ReportAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        return Task.FromResult(PostmortemReport.Render(Id, S, RequireDebrief()));
    }

    /// <summary>A debrief held before the truth curves and the differences were kept answers them empty.</summary>
    private static Debrief Complete(Debrief debrief) => debrief.TruthCurves.IsDefault || debrief.Differences.IsDefault
        ? debrief with { TruthCurves = debrief.TruthCurves.IsDefault ? [] : debrief.TruthCurves, Differences = debrief.Differences.IsDefault ? [] : debrief.Differences }
        : debrief;

    /// <summary>The debrief held; one held before debriefs kept the resolution criteria has an empty list of them.</summary>
    private Debrief RequireDebrief() => S.Debrief switch
    {
        null => throw new SessionRuleException($"The debrief has not been held yet (the session is {S.Status})."),
        { Resolution.IsDefault: true } older => Complete(older with { Resolution = [] }),
        var debrief => Complete(debrief),
    };
}
