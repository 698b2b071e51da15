using System.Collections.Immutable;

namespace PracticePlatform.Grains.Scenarios;

/// <summary>An uploaded scenario is invalid; <see cref="Problems"/> are <c>file:line:col: message</c>.</summary>
public sealed class ScenarioUploadException(ImmutableArray<string> problems)
    : Exception($"The scenario has {problems.Length} problem(s): {string.Join("; ", problems)}")
{
    public ImmutableArray<string> Problems { get; } = problems;
}
