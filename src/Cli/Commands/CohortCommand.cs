using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice cohort`: create, list and show cohorts (people onboarding together) and add their members.</summary>
public static class CohortCommand
{
    public static Command Build(TextWriter output)
    {
        var connection = new ConnectionOptions();
        var command = new Command("cohort", "Create, list and show cohorts (people onboarding together), add members and recurring practice schedules (admins and instigators; members may show their cohort and its coverage).")
        {
            CohortCreateCommand.Build(connection, output),
            CohortListCommand.Build(connection, output),
            CohortShowCommand.Build(connection, output),
            CohortAddCommand.Build(connection, output),
            CohortScheduleCommand.Build(connection, output),
            CohortCoverageCommand.Build(connection, output),
        };
        command.Aliases.Add("cohorts");
        return connection.AddTo(command);
    }
}
