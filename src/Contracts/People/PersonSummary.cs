namespace PracticePlatform.Contracts.People;

/// <summary>What an instigator needs to build a roster: who, how experienced, prerequisites met, allowed to instigate.</summary>
[GenerateSerializer, Immutable, Alias("practice.PersonSummary")]
public sealed record PersonSummary([property: Id(0)] Guid Id, [property: Id(1)] string Name, [property: Id(2)] Experience Experience, [property: Id(3)] bool PrerequisitesMet, [property: Id(4)] bool CanInstigate)
{
    public static PersonSummary Of(PersonView person) =>
        new(person.Id, person.Name, person.Experience, person.Prerequisites.Met, person.CanInstigate);
}
