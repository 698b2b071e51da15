using System.Diagnostics;
using PracticePlatform.Testing;

namespace PracticePlatform.Chart.Tests.Images;

/// <summary>
/// SLOW (about a minute): `dotnet publish` of each deployable, the step each Dockerfile's build stage runs, into a
/// throwaway folder. Images themselves cannot be built here; this proves what goes into them.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PublishTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("practice-publish-").FullName;

    [Theory]
    [InlineData("Silo")]
    [InlineData("Api")]
    public async Task Publish_PutsTheAssemblyAndTheScenariosInTheOutput(string folder)
    {
        var deployable = new Deployable(folder);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "publish", deployable.ProjectFile, "-c", "Release", "-p:UseAppHost=false", "-o", _output, "-nologo", "-clp:ErrorsOnly" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet publish of {folder} did not finish within 8 minutes.");
        }

        Assert.True(process.ExitCode == 0, $"dotnet publish of {folder} failed:\n{await output}{await errors}");
        Assert.True(File.Exists(Path.Combine(_output, $"{deployable.AssemblyName}.dll")));
        Assert.True(File.Exists(Path.Combine(_output, $"{deployable.AssemblyName}.runtimeconfig.json")));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_output, "scenarios"), "*.yaml"));
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);
}
