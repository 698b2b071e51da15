namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A responder's command that changed the cell, at which second, and whether it mitigated part of a fault: the cell
/// counted more of some fault's targets as mitigated right after it than right before (the simulator's own judgement
/// that it undid what was injected), while that fault was active.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.RemediationAttempt")]
public sealed record RemediationAttempt([property: Id(0)] long Second, [property: Id(1)] string Actor, [property: Id(2)] string CommandLine, [property: Id(3)] bool Mitigated);
