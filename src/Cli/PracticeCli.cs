using System.CommandLine;
using PracticePlatform.Cli.Commands;
using PracticePlatform.Cli.Input;

namespace PracticePlatform.Cli;

/// <summary>
/// The `practice` command line: the root command and its invocation, with the output writers injected so tests
/// run it in-process. Exit codes: 0 success, 1 the command ran and found problems, 2 bad input.
/// </summary>
public static class PracticeCli
{
    public const int Success = 0;
    public const int Problems = 1;
    public const int BadInput = 2;

    public static RootCommand Build(TextWriter output, TextWriter error) =>
        new("Author, validate and play PracticePlatform scenarios.")
        {
            ScenarioCommand.Build(output, error),
            SimCommand.Build(output, error),
        };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parseResult = Build(output, error).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            error.WriteLine($"practice: {parseResult.Errors[0].Message} (try 'practice --help')");
            return BadInput;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"practice: {e.Message}");
            return BadInput;
        }
        catch (IOException e)
        {
            error.WriteLine($"practice: {e.Message}");
            return BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"practice: {e.Message}");
            return BadInput;
        }
    }
}
