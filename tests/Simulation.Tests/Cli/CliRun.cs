using PracticePlatform.Cli;

namespace PracticePlatform.Simulation.Tests.Cli;

/// <summary>One in-process run of `practice` through the same entry as the executable, with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = PracticeCli.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string DigestLine => Output.Split('\n').Select(l => l.TrimEnd('\r')).Last(l => l.StartsWith("digest: ", StringComparison.Ordinal));
}
