using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// The answer to adding a lesson, the same while assessing and after the debrief: the lesson as saved (author, trimmed
/// text, time, kind) and every lesson of the session so far, oldest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.SavedLesson")]
public sealed record SavedLesson([property: Id(0)] Lesson Lesson, [property: Id(1)] ImmutableArray<Lesson> Lessons);
