using System.Globalization;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>Sessions for people: one session in detail, or a list of them.</summary>
public static class SessionText
{
    /// <summary>What a responder or observer reads where the scenario would be: the API keeps it back until the debrief.</summary>
    private const string HiddenScenario = "(hidden until the debrief)";

    public static void Write(TextWriter output, SessionView session)
    {
        output.WriteLine($"session    {session.Id}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scenario   {session.ScenarioId ?? HiddenScenario} (seed {session.Seed}{(session.ManualInjects ? "; faults injected by hand" : "")})"));
        output.WriteLine($"status     {session.Status}");
        output.WriteLine($"clock      {SimTime.Format(session.Second)} at {Speed(session.Speed)}");
        if (session.ScheduledStart is { } start)
        {
            output.WriteLine($"scheduled  {Wall(start)}");
        }

        if (session.StartWindow is { } window)
        {
            output.WriteLine($"window     {Wall(window.Earliest)} .. {Wall(window.Latest)} (a surprise start)");
        }

        if (session.CodeBlue is { } codeBlue)
        {
            output.WriteLine($"code blue  {CodeBlue(codeBlue)}");
        }

        if (session.Commander is { } commander)
        {
            var name = session.Participants.IsDefault ? null : session.Participants.FirstOrDefault(p => p.PersonId == commander)?.Name;
            output.WriteLine($"commander  {name ?? commander.ToString()} (incident commander)");
        }

        if (session.CohortId is { } cohort)
        {
            output.WriteLine($"cohort     {cohort}");
        }

        if (session.Digest is { } digest)
        {
            output.WriteLine($"digest     {digest}");
        }

        output.WriteLine();
        if (session.Participants.IsDefaultOrEmpty)
        {
            output.WriteLine("No participants yet.");
        }
        else
        {
            PlainTable.Write(output, ["role", "name", "experience", "prerequisites", "person"], session.Participants.Select(p =>
                (IReadOnlyList<string>)[p.Role, p.Name, p.Experience, Prerequisites(p.Role, p.PrerequisitesMet), p.PersonId.ToString()]));
        }

        if (!session.Faults.IsDefaultOrEmpty)
        {
            output.WriteLine();
            PlainTable.Write(output, ["fault", "kind", "target", "status", "injected"], session.Faults.Select(f =>
                (IReadOnlyList<string>)[f.Id, f.Kind, f.Target, f.Status, SimTime.Format(f.InjectedAt)]));
        }

        foreach (var warning in session.Warnings.IsDefault ? [] : session.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }
    }

    public static void WriteList(TextWriter output, IReadOnlyList<SessionView> sessions)
    {
        if (sessions.Count == 0)
        {
            output.WriteLine("No sessions.");
            return;
        }

        PlainTable.Write(output, ["session", "scenario", "status", "clock", "people", "scheduled"], sessions.Select(s =>
            (IReadOnlyList<string>)[
                s.Id.ToString(),
                s.ScenarioId ?? HiddenScenario,
                s.Status,
                SimTime.Format(s.Second),
                s.Participants.IsDefault ? "0" : s.Participants.Length.ToString(CultureInfo.InvariantCulture),
                s.ScheduledStart is { } start ? Wall(start) : s.StartWindow is { } window ? $"{Wall(window.Earliest)} .. {Wall(window.Latest)}" : "-",
            ]));
    }

    private static string CodeBlue(CodeBlueStatus codeBlue) => codeBlue.PagedAt is { } paged
        ? string.Create(CultureInfo.InvariantCulture, $"{codeBlue.Paged.Length} paged at {Wall(paged)}; joining {(codeBlue.JoiningOpen ? "open" : "closed")}")
        : codeBlue.People.IsDefaultOrEmpty
            ? "pages every member of the cohort when it starts"
            : string.Create(CultureInfo.InvariantCulture, $"pages {codeBlue.People.Length} people when it starts");

    public static string Speed(double speed) => string.Create(CultureInfo.InvariantCulture, $"{speed:0.##}x");

    public static string Wall(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    /// <summary>Prerequisites are for responders (access to the tools they debug with); other roles show none.</summary>
    private static string Prerequisites(string role, bool met) =>
        !string.Equals(role, "responder", StringComparison.OrdinalIgnoreCase) ? "-" : met ? "met" : "missing";
}
