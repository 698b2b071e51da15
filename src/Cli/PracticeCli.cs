using System.CommandLine;
using System.CommandLine.Parsing;
using PracticePlatform.Cli.Commands;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote;

namespace PracticePlatform.Cli;

/// <summary>
/// The `practice` command line: the root command and its invocation, with the output writers injected so tests
/// run it in-process. Exit codes: 0 success; 1 the command ran and found problems, or the server refused the
/// request (or the CLI hit a bug); 2 bad input; 3 the server could not be reached. Failures are one
/// `practice: ...` line on stderr, never a stack trace.
/// </summary>
public static class PracticeCli
{
    public const int Success = 0;
    public const int Problems = 1;
    public const int BadInput = 2;
    public const int Unreachable = 3;
    public const int Interrupted = 130;

    public static RootCommand Build(TextWriter output, TextWriter error) =>
        new("Author, validate and play PracticePlatform scenarios, and drive practice sessions on a running platform. " +
            $"Remote commands find the platform at --server or ${ServerConnection.ServerVariable}, and your token comes from " +
            $"{ServerConnection.TokenSources}; never from the command line, where it would land in shell history.")
        {
            ScenarioCommand.Build(output, error),
            SimCommand.Build(output, error),
            PeopleCommand.Build(output, error),
            CohortCommand.Build(output),
            SessionCommand.Build(output),
            WhoamiCommand.Build(output),
        };

    /// <summary>The executable's entry: Ctrl+C cancels the running command (and ends <c>--follow</c>).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        InvokeAsync(args, output, error, TimeSpan.FromSeconds(2), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>In-process use: <paramref name="cancellationToken"/> stands in for Ctrl+C, and no signal handler is installed.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        InvokeAsync(args, output, error, processTerminationTimeout: null, cancellationToken);

    private static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, TimeSpan? processTerminationTimeout, CancellationToken cancellationToken)
    {
        var parseResult = Build(output, error).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            error.WriteLine($"practice: {OneLine(parseResult.Errors[0].Message)} (try '{CommandPath(parseResult.CommandResult)} --help')");
            return BadInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = processTerminationTimeout,
        };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception e) when (ExitCodeOf(e) is { } exitCode)
        {
            error.WriteLine(e is OperationCanceledException ? "practice: interrupted" : $"practice: {OneLine(e.Message)}");
            return exitCode;
        }
        catch (Exception e)
        {
            // A bug of ours; still one line for the person at the terminal, naming the exception for the bug report.
            error.WriteLine($"practice: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            return Problems;
        }
    }

    /// <summary>Some parser messages list choices on lines of their own; a failure is one line.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary><c>practice session add</c>: where the help for the failed command is.</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (var current = command; current is not null; current = current.Parent as CommandResult)
        {
            names.Add(current.Parent is null ? "practice" : current.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The exceptions that are the person's or the server's doing, and the exit code each means.</summary>
    private static int? ExitCodeOf(Exception e) => e switch
    {
        UsageException or IOException or UnauthorizedAccessException => BadInput,
        RequestRefusedException or UnexpectedReplyException => Problems,
        ServerUnreachableException => Unreachable,
        OperationCanceledException => Interrupted,
        _ => null,
    };
}
