using System.Collections.Immutable;

namespace PracticePlatform.Grains.Scenarios;

/// <summary>A scenario file checked before upload: valid or not, its id when it has one, and its problems (file:line:col: message).</summary>
public sealed record ScenarioCheck(bool Valid, string? Id, ImmutableArray<string> Problems);
