using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Scenarios;

/// <summary>An uploaded scenario is invalid; <see cref="Problems"/> are <c>file:line:col: message</c>.</summary>
[GenerateSerializer, Alias("practice.ScenarioUploadException")]
public sealed class ScenarioUploadException(ImmutableArray<string> problems)
    : Exception($"The scenario has {problems.Length} problem(s): {string.Join("; ", problems)}")
{
    [Id(0)]
    public ImmutableArray<string> Problems { get; } = problems;
}
