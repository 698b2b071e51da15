using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// A named action script of a scenario (secret, like the solution): responder commands at simulated times and the
/// outcome they must reach. Plays let an author trust a scenario without playing it by hand: the intended fix
/// restores service, doing nothing and plausible wrong fixes do not.
/// </summary>
public sealed record PlaySpec(string Name, ImmutableArray<PlayStep> Steps, PlayOutcome Outcome, int Line);
