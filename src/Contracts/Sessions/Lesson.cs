namespace PracticePlatform.Contracts.Sessions;

/// <summary>A lesson learned or suggestion entered at the debrief, by whom and when; <see cref="Kind"/> says which.</summary>
[GenerateSerializer, Immutable, Alias("practice.Lesson")]
public sealed record Lesson(string By, string Text, DateTimeOffset WallTime, LessonKind Kind = LessonKind.Lesson)
{
    /// <summary>How the kind reads as a heading in the debrief and the report.</summary>
    public static string Heading(LessonKind kind) => kind switch
    {
        LessonKind.ResponseSuggestion => "Suggestions for incident response",
        LessonKind.PracticeSuggestion => "Suggestions for the practice",
        _ => "Lessons learned",
    };
}
