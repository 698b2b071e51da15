using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice people`: register and list people on a running platform.</summary>
public static class PeopleCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var connection = new ConnectionOptions();
        return connection.AddTo(new Command("people", "Register and list people (admins; instigators may list).")
        {
            PeopleAddCommand.Build(connection, output, error),
            PeopleListCommand.Build(connection, output),
        });
    }
}
