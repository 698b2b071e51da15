using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice cohort`: create, list and show cohorts (people onboarding together) and add their members.</summary>
public static class CohortCommand
{
    public static Command Build(TextWriter output)
    {
        var connection = new ConnectionOptions();
        var command = new Command("cohort", "Create, list and show cohorts (people onboarding together) and add members (admins and instigators; members may show their cohort).")
        {
            CohortCreateCommand.Build(connection, output),
            CohortListCommand.Build(connection, output),
            CohortShowCommand.Build(connection, output),
            CohortAddCommand.Build(connection, output),
        };
        command.Aliases.Add("cohorts");
        return connection.AddTo(command);
    }
}
