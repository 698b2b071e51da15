using System.CommandLine;
using PracticePlatform.Cli.Input;

namespace PracticePlatform.Cli.Commands;

/// <summary>The <c>&lt;session&gt;</c> argument every <c>practice session</c> command but create and list takes.</summary>
public static class SessionIdArgument
{
    public static Argument<string> Create() => new("session") { Description = "The session's id (see 'practice session list')." };

    public static Guid Read(this ParseResult parseResult, Argument<string> argument) =>
        ArgumentText.ParseId(parseResult.GetValue(argument)!, "session id");
}
