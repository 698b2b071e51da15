using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session postmortem show|edit|export`: the session's collaborative postmortem, after the debrief.</summary>
public static class SessionPostmortemCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output) => new("postmortem", "Read, write and export the session's postmortem (after the debrief).")
    {
        PostmortemShowCommand.Build(connection, output),
        PostmortemEditCommand.Build(connection, output),
        PostmortemExportCommand.Build(connection, output),
    };
}
