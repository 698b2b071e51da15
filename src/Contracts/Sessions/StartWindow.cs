namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A surprise start: the session starts at a time the platform draws between <see cref="Earliest"/> and
/// <see cref="Latest"/>, within <see cref="BusinessHours"/> when given. Responders and observers see only the window until the
/// session starts.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.StartWindow")]
public sealed record StartWindow([property: Id(0)] DateTimeOffset Earliest, [property: Id(1)] DateTimeOffset Latest, [property: Id(2)] BusinessHours? BusinessHours = null);
