using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session`: create, drive, play and debrief practice sessions on a running platform.</summary>
public static class SessionCommand
{
    public static Command Build(TextWriter output)
    {
        var connection = new ConnectionOptions();
        var command = new Command("session", "Create, drive, play and debrief practice sessions on a running platform.")
        {
            SessionCreateCommand.Build(connection, output),
            SessionListCommand.Build(connection, output),
            SessionShowCommand.Build(connection, output),
            SessionAddCommand.Build(connection, output),
        };
        foreach (var lifecycle in SessionLifecycleCommand.BuildAll(connection, output))
        {
            command.Subcommands.Add(lifecycle);
        }

        command.Subcommands.Add(SessionSpeedCommand.Build(connection, output));
        command.Subcommands.Add(SessionFaultCommand.BuildInject(connection, output));
        command.Subcommands.Add(SessionFaultCommand.BuildRevert(connection, output));
        command.Subcommands.Add(SessionAlarmsCommand.Build(connection, output));
        command.Subcommands.Add(SessionAckCommand.Build(connection, output));
        command.Subcommands.Add(SessionRunCommand.Build(connection, output));
        command.Subcommands.Add(SessionSayCommand.Build(connection, output));
        command.Subcommands.Add(SessionTimelineCommand.Build(connection, output));
        command.Subcommands.Add(SessionAssessCommand.Build(connection, output));
        command.Subcommands.Add(SessionDebriefCommand.Build(connection, output));
        command.Subcommands.Add(SessionLessonCommand.Build(connection, output));
        command.Subcommands.Add(SessionReportCommand.Build(connection, output));
        command.Subcommands.Add(SessionDeliveriesCommand.Build(connection, output));
        return connection.AddTo(command);
    }
}
