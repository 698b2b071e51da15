using System.Collections.Concurrent;
using System.Diagnostics;
using PracticePlatform.Testing;

namespace PracticePlatform.Chart.Tests.Rendering;

/// <summary>
/// Renders helm/practice-platform like <c>helm template</c>, with tools/chart-render (Go's text/template and Sprig,
/// what Helm renders with), built once per test run from Debian's Go packages in GOPATH mode (no module download).
/// </summary>
public sealed class ChartRenderer : IDisposable
{
    /// <summary>Where Debian's golang-*-dev packages put their sources.</summary>
    private const string DebianGoPath = "/usr/share/gocode";

    public const string ReleaseName = "practice";

    public const string Namespace = "practice";

    private readonly string _buildFolder = Directory.CreateTempSubdirectory("practice-chart-render-").FullName;
    private readonly ConcurrentDictionary<string, Lazy<RenderedChart>> _rendered = new();
    private readonly string _executable;

    public ChartRenderer()
    {
        _executable = Path.Combine(_buildFolder, "chart-render");
        Build();
    }

    public static string ChartFolder { get; } = RepositoryRoot.Combine("helm", "practice-platform");

    /// <summary>Renders the chart with these arguments (values files, --set, --notes) after the release name and chart.</summary>
    public RenderResult Render(params string[] arguments)
    {
        var result = Run(_executable, [ReleaseName, ChartFolder, "--namespace", Namespace, .. arguments], environment: null, RepositoryRoot.Path);
        return result;
    }

    /// <summary>The chart rendered with a value set (rendered once per test run), parsed into Kubernetes objects.</summary>
    public RenderedChart Rendered(ValueSet valueSet) =>
        _rendered.GetOrAdd(valueSet.Name, _ => new Lazy<RenderedChart>(() =>
        {
            var result = Render(valueSet.Arguments);
            Assert.True(result.ExitCode == 0, $"The chart did not render with value set '{valueSet.Name}': {result.Errors}");
            return RenderedChart.Parse(valueSet, result.Output);
        })).Value;

    public void Dispose() => Directory.Delete(_buildFolder, recursive: true);

    private void Build()
    {
        if (!Directory.Exists(Path.Combine(DebianGoPath, "src", "github.com", "Masterminds", "sprig")))
        {
            throw new InvalidOperationException(
                "The chart tests build tools/chart-render from Debian's Go packages, which are not installed: " +
                "apt-get install golang-go golang-github-masterminds-sprig-dev golang-github-xeipuuv-gojsonschema-dev " +
                "golang-github-ghodss-yaml-dev (scripts/test.sh installs them).");
        }
        var environment = new Dictionary<string, string>
        {
            ["GO111MODULE"] = "off",
            ["GOPATH"] = DebianGoPath,
            ["GOFLAGS"] = "",
            ["CGO_ENABLED"] = "0",
        };
        // Go keeps its build cache under HOME; without one, a throwaway cache beside the binary.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GOCACHE")) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HOME")))
        {
            environment["GOCACHE"] = Path.Combine(_buildFolder, "cache");
        }
        RenderResult built;
        try
        {
            built = Run("go", ["build", "-o", _executable, "./tools/chart-render"], environment, RepositoryRoot.Path);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"The chart tests need Go to build tools/chart-render ('go' could not be started: {e.Message}); apt-get install golang-go (scripts/test.sh installs it).", e);
        }
        if (built.ExitCode != 0)
        {
            throw new InvalidOperationException($"go build ./tools/chart-render failed ({built.ExitCode}):\n{built.Errors}{built.Output}");
        }
    }

    private static RenderResult Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within 3 minutes.");
        }
        return new RenderResult(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }
}
