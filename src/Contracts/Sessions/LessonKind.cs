namespace PracticePlatform.Contracts.Sessions;

/// <summary>What a debrief note is about (the practice format's "lessons learned, and suggestions for both incident response and for the practice process").</summary>
[GenerateSerializer, Alias("practice.LessonKind")]
public enum LessonKind
{
    /// <summary>A lesson learned from the incident.</summary>
    Lesson,

    /// <summary>A suggestion for how incidents are responded to.</summary>
    ResponseSuggestion,

    /// <summary>A suggestion for the practice itself: the scenario, the instigators, the format.</summary>
    PracticeSuggestion,
}
