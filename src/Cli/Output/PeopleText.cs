using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>People for people: the registry, one profile, and a new registration with its one-time token.</summary>
public static class PeopleText
{
    public const string TokenShownOnce = "This token is shown once: the server keeps only its hash. Store it now, in a file for --token-file (not on a command line).";

    public static void WriteList(TextWriter output, IReadOnlyList<PersonSummary> people)
    {
        if (people.Count == 0)
        {
            output.WriteLine("No people registered.");
            return;
        }

        PlainTable.Write(output, ["person", "name", "experience", "prerequisites", "instigates"], people.Select(p =>
            (IReadOnlyList<string>)[p.Id.ToString(), p.Name, p.Experience, p.PrerequisitesMet ? "met" : "missing", p.CanInstigate ? "yes" : "no"]));
    }

    public static void Write(TextWriter output, PersonView person)
    {
        output.WriteLine($"person      {person.Id}");
        output.WriteLine($"name        {person.Name}");
        if (person.Email is { } email)
        {
            output.WriteLine($"email       {email}");
        }

        output.WriteLine($"experience  {person.Experience}");
        output.WriteLine($"credentials {(person.Prerequisites.Credentials ? "yes" : "no")}, own deployment {(person.Prerequisites.OwnDeployment ? "yes" : "no")}");
        output.WriteLine($"instigates  {(person.CanInstigate ? "yes" : "no")}");
        if (!person.Participations.IsDefaultOrEmpty)
        {
            output.WriteLine();
            PlainTable.Write(output, ["session", "scenario", "role", "debriefed"], person.Participations.Select(p =>
                (IReadOnlyList<string>)[p.SessionId.ToString(), p.ScenarioId, p.Role, p.Debriefed ? "yes" : "no"]));
        }
    }

    public static void WriteCreated(TextWriter output, CreatedPerson created)
    {
        output.WriteLine($"Registered {created.Person.Name}.");
        output.WriteLine($"person  {created.Person.Id}");
        output.WriteLine($"token   {created.Token}");
        output.WriteLine(TokenShownOnce);
    }
}
