using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A session's postmortem: the prefilled facts and the sections participants write; version is the sum of the sections'.</summary>
public sealed record PostmortemView(Guid SessionId, int Version, bool Editable, PostmortemFacts Facts, ImmutableArray<PostmortemSection> Sections);
