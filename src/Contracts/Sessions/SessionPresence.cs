using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// Who has the session's console open now: each person once (however many tabs), by role then name.
/// <see cref="Version"/> is opaque and moves whenever the people do (a new activation starts from a new random one).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.SessionPresence")]
public sealed record SessionPresence([property: Id(0)] ImmutableArray<PresentPerson> People, [property: Id(1)] long Version = 0)
{
    /// <summary>The same people in the same order: whether a console needs telling.</summary>
    public bool SameAs(SessionPresence other) => People.SequenceEqual(other.People);
}
