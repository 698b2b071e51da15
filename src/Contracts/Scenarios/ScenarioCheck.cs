using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Scenarios;

/// <summary>A scenario file checked before upload: valid or not, its id when it has one, and its problems (file:line:col: message).</summary>
[GenerateSerializer, Immutable, Alias("practice.ScenarioCheck")]
public sealed record ScenarioCheck([property: Id(0)] bool Valid, [property: Id(1)] string? Id, [property: Id(2)] ImmutableArray<string> Problems);
