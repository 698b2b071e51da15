using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session`: create, drive, play and debrief practice sessions on a running platform.</summary>
public static class SessionCommand
{
    public static Command Build(TextWriter output)
    {
        var connection = new ConnectionOptions();
        Command[] subcommands =
        [
            SessionCreateCommand.Build(connection, output),
            SessionListCommand.Build(connection, output),
            SessionShowCommand.Build(connection, output),
            SessionAddCommand.Build(connection, output),
            SessionRemoveParticipantCommand.Build(connection, output),
            .. SessionLifecycleCommand.BuildAll(connection, output),
            SessionSpeedCommand.Build(connection, output),
            SessionFaultCommand.BuildInject(connection, output),
            SessionFaultCommand.BuildRevert(connection, output),
            SessionAlarmsCommand.Build(connection, output),
            SessionAckCommand.Build(connection, output),
            SessionRunCommand.Build(connection, output),
            SessionSayCommand.Build(connection, output),
            SessionCommanderCommand.Build(connection, output),
            SessionStakeholderCommand.BuildPost(connection, output),
            SessionStakeholderCommand.BuildList(connection, output),
            SessionStakeholderCommand.BuildAnswer(connection, output),
            SessionStatusCommand.BuildUpdate(connection, output),
            SessionStatusCommand.BuildPage(connection, output),
            SessionTimelineCommand.Build(connection, output),
            SessionAssessCommand.Build(connection, output),
            SessionDebriefCommand.Build(connection, output),
            SessionLessonCommand.Build(connection, output),
            SessionReportCommand.Build(connection, output),
            SessionPostmortemCommand.Build(connection, output),
            SessionReplayCommand.Build(connection, output),
            SessionDeliveriesCommand.Build(connection, output),
            SessionCodeBlueCommand.BuildCall(connection, output),
            SessionCodeBlueCommand.BuildJoin(connection, output),
            SessionCodeBlueCommand.BuildCloseJoining(connection, output),
        ];
        var command = new Command("session", "Create, drive, play and debrief practice sessions on a running platform.");
        foreach (var subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand);
        }

        return connection.AddTo(command);
    }
}
