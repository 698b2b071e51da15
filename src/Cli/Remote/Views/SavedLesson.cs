using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>The answer to adding a lesson: the lesson as saved and every lesson of the session so far.</summary>
public sealed record SavedLesson(Lesson Lesson, ImmutableArray<Lesson> Lessons);
