namespace PracticePlatform.Contracts.People;

/// <summary>
/// Who makes a request: the admin (bootstrap token) or a registered person. Grains decide from it what the caller
/// may do in their session; the HTTP layer only proves who it is.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.Caller")]
public sealed record Caller([property: Id(0)] Guid? PersonId, [property: Id(1)] string Name, [property: Id(2)] bool IsAdmin, [property: Id(3)] bool CanInstigate)
{
    public static readonly Caller Admin = new(null, "admin", IsAdmin: true, CanInstigate: true);

    public static Caller Person(Guid id, string name, bool canInstigate) => new(id, name, IsAdmin: false, canInstigate);
}
