namespace PracticePlatform.Contracts.Sessions;

/// <summary>A lesson learned or suggestion entered at the debrief, by whom and when; <see cref="Kind"/> says which.</summary>
[GenerateSerializer, Immutable, Alias("practice.Lesson")]
public sealed record Lesson([property: Id(0)] string By, [property: Id(1)] string Text, [property: Id(2)] DateTimeOffset WallTime, [property: Id(3)] LessonKind Kind = LessonKind.Lesson)
{
    /// <summary>How the kind reads as a heading in the debrief and the report.</summary>
    public static string Heading(LessonKind kind) => kind switch
    {
        LessonKind.ResponseSuggestion => "Suggestions for incident response",
        LessonKind.PracticeSuggestion => "Suggestions for the practice",
        _ => "Lessons learned",
    };
}
