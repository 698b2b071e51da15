using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>The <c>--json</c> option of commands that talk to the server: the server's JSON reply instead of text.</summary>
public static class JsonOption
{
    public static Option<bool> Create() => new("--json") { Description = "Print the server's JSON reply instead of text." };
}
