using System.Globalization;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>Cohorts for people: one cohort with its members and sessions, or a list of them.</summary>
public static class CohortText
{
    /// <summary>One cohort; members are named when <paramref name="names"/> knows them (it is empty for callers who may not list people).</summary>
    public static void Write(TextWriter output, CohortView cohort, IReadOnlyDictionary<Guid, string> names)
    {
        output.WriteLine($"cohort   {cohort.Id}");
        output.WriteLine($"name     {cohort.Name}");
        output.WriteLine($"created  {SessionText.Wall(cohort.CreatedAt)}");
        output.WriteLine();
        if (cohort.Members.IsDefaultOrEmpty)
        {
            output.WriteLine("No members yet.");
        }
        else
        {
            PlainTable.Write(output, ["member", "name"], cohort.Members.Select(m =>
                (IReadOnlyList<string>)[m.ToString(), names.TryGetValue(m, out var name) ? name : "-"]));
        }

        output.WriteLine();
        if (cohort.Sessions.IsDefaultOrEmpty)
        {
            output.WriteLine("No sessions yet.");
        }
        else
        {
            PlainTable.Write(output, ["session"], cohort.Sessions.Select(s => (IReadOnlyList<string>)[s.ToString()]));
        }
    }

    public static void WriteList(TextWriter output, IReadOnlyList<CohortView> cohorts)
    {
        if (cohorts.Count == 0)
        {
            output.WriteLine("No cohorts.");
            return;
        }

        PlainTable.Write(output, ["cohort", "name", "members", "sessions", "created"], cohorts.Select(c =>
            (IReadOnlyList<string>)[
                c.Id.ToString(),
                c.Name,
                Count(c.Members.Length),
                Count(c.Sessions.Length),
                SessionText.Wall(c.CreatedAt),
            ]));
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
