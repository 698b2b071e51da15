using Spectre.Console;

namespace PracticePlatform.Cli.Output;

/// <summary>A Spectre console over a plain writer: no colours or escape codes, a fixed width, so output can be piped and tested.</summary>
public static class PlainConsole
{
    public static IAnsiConsole Over(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 140;
        return console;
    }
}
