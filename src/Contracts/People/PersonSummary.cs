namespace PracticePlatform.Contracts.People;

/// <summary>What an instigator needs to build a roster: who, how experienced, prerequisites met, allowed to instigate.</summary>
[GenerateSerializer, Immutable, Alias("practice.PersonSummary")]
public sealed record PersonSummary(Guid Id, string Name, Experience Experience, bool PrerequisitesMet, bool CanInstigate)
{
    public static PersonSummary Of(PersonView person) =>
        new(person.Id, person.Name, person.Experience, person.Prerequisites.Met, person.CanInstigate);
}
