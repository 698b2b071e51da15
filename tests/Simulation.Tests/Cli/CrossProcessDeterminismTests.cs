using System.Diagnostics;

namespace PracticePlatform.Simulation.Tests.Cli;

/// <summary>Same scenario, seed and actions in two separate processes give the same state digest.</summary>
public sealed class CrossProcessDeterminismTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void SimRun_InTwoProcesses_PrintsTheSameDigest()
    {
        string[] args =
        [
            "sim", "run", "--scenario", "shop-retry-storm", "--seed", "424242", "--duration", "40m",
            "--action", "10m ratelimit ingress 900", "--action", "11m kubectl rollout undo deployment/frontend",
            "--action", "00:16:00 ratelimit ingress off", "--dir", TestScenarios.Directory,
        ];

        var first = DigestOf(RunPractice(args));
        var second = DigestOf(RunPractice(args));

        Assert.Equal(first, second);
        Assert.Equal(first, CliRun.Of(args).DigestLine);
    }

    private static string DigestOf(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith("digest: ", StringComparison.Ordinal));

    private static string RunPractice(string[] args)
    {
        var practice = Path.Combine(AppContext.BaseDirectory, "practice.dll");
        Assert.True(File.Exists(practice), $"practice.dll was not built next to the tests: {practice}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(practice);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ExitTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"practice sim run did not exit within {ExitTimeout.TotalSeconds} s");
        }

        Assert.True(process.ExitCode == 0, $"practice exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
