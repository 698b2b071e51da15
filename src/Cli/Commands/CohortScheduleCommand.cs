using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice cohort schedule`: a cohort's recurring practice schedules (admins and instigators).</summary>
public static class CohortScheduleCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output) =>
        new("schedule", "Create, list and stop a cohort's recurring practice schedules (admins and instigators).")
        {
            CohortScheduleCreateCommand.Build(connection, output),
            CohortScheduleListCommand.Build(connection, output),
            CohortScheduleDeleteCommand.Build(connection, output),
        };
}
