using System.Text.RegularExpressions;
using Orleans.Configuration;
using PracticePlatform.Chart.Tests.Images;
using PracticePlatform.Silo.Hosting;
using PracticePlatform.Testing;

namespace PracticePlatform.Chart.Tests.Code;

/// <summary>
/// The ports and health paths the processes use when nothing overrides them, taken from the code and the images
/// rather than written here, so the chart is compared with the code and not with itself.
/// </summary>
public static partial class CodeDefaults
{
    /// <summary>Silo to silo: Orleans's default, which ClusterHosting also falls back to.</summary>
    public const int SiloPort = EndpointOptions.DEFAULT_SILO_PORT;

    /// <summary>Frontends to silos: Orleans's default gateway port, which ClusterHosting also falls back to.</summary>
    public const int GatewayPort = EndpointOptions.DEFAULT_GATEWAY_PORT;

    /// <summary>A silo's HTTP port (probes and /metrics), from <see cref="SiloWebHost.DefaultUrls"/>.</summary>
    public static int SiloHttpPort { get; } = new Uri(SiloWebHost.DefaultUrls).Port;

    /// <summary>
    /// A frontend's HTTP port in a container: the port of the <c>URLS</c> the frontend image sets (src/Api/Dockerfile).
    /// The code's own default (appsettings.json, localhost:5080) is for a developer's machine.
    /// </summary>
    public static int FrontendHttpPort { get; } = ImageUrlsPort("Api");

    /// <summary>The health paths a silo maps (src/Silo).</summary>
    public static HealthPaths SiloHealth { get; } = HealthPaths.Scan("Silo");

    /// <summary>The health paths a frontend maps (src/Api).</summary>
    public static HealthPaths FrontendHealth { get; } = HealthPaths.Scan("Api");

    public static HealthPaths Health(string component) => component switch
    {
        "silo" => SiloHealth,
        "frontend" => FrontendHealth,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Components are silo and frontend."),
    };

    private static int ImageUrlsPort(string folder)
    {
        var runtime = Dockerfile.Read(new Deployable(folder).DockerfilePath).Stages[^1];
        var urls = runtime.Where(i => i.Name == "ENV")
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .LastOrDefault(pair => pair[0] == "URLS")?[1]
            ?? throw new InvalidOperationException($"src/{folder}/Dockerfile sets no URLS in its runtime stage.");
        return new Uri(urls.Replace("+", "localhost", StringComparison.Ordinal)).Port;
    }

    /// <summary>
    /// The paths one project maps health checks to, found in its source (src/{project}/**/*.cs) as
    /// <c>MapHealthChecks("/path", new HealthCheckOptions { Predicate = ... })</c>: liveness is the one that runs no
    /// check (<c>_ => false</c>), readiness the one that runs the checks tagged <c>"ready"</c>.
    /// </summary>
    public sealed record HealthPaths(string Liveness, string Readiness)
    {
        public static HealthPaths Scan(string project)
        {
            var separator = Path.DirectorySeparatorChar;
            var mapped = Directory.EnumerateFiles(RepositoryRoot.Combine("src", project), "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !path.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
                .SelectMany(path => MapHealthChecks().Matches(File.ReadAllText(path)))
                .Select(match => (Path: match.Groups["path"].Value, Predicate: match.Groups["predicate"].Value.Trim()))
                .ToList();
            var liveness = mapped.Where(m => m.Predicate == "_ => false").Select(m => m.Path).Distinct().ToList();
            var readiness = mapped.Where(m => m.Predicate.Contains("Tags.Contains(\"ready\")", StringComparison.Ordinal)).Select(m => m.Path).Distinct().ToList();
            if (liveness.Count != 1 || readiness.Count != 1)
            {
                throw new InvalidOperationException(
                    $"src/{project} should map one liveness and one readiness path; found liveness [{string.Join(", ", liveness)}], readiness [{string.Join(", ", readiness)}].");
            }
            return new HealthPaths(liveness[0], readiness[0]);
        }
    }

    [GeneratedRegex("""MapHealthChecks\(\s*"(?<path>[^"]+)"\s*,\s*new\s+HealthCheckOptions\s*\{\s*Predicate\s*=\s*(?<predicate>[^}]*?)\s*,?\s*\}""")]
    private static partial Regex MapHealthChecks();
}
