using System.Text.Json;
using PracticePlatform.Chart.Tests.Code;

namespace PracticePlatform.Chart.Tests.Images;

/// <summary>
/// The Dockerfiles' shape. No image can be built here (no Docker engine, no registry), so what a build would find
/// out is checked by reading them: stages, base images, user, entry point, ports, and that every project file the
/// restore step needs is copied before it.
/// </summary>
public sealed class DockerfileTests
{
    public static TheoryData<string, int[]> Images => new()
    {
        { "Silo", [CodeDefaults.SiloPort, CodeDefaults.GatewayPort, CodeDefaults.SiloHttpPort] },
        { "Api", [CodeDefaults.FrontendHttpPort] },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void BuildsWithTheSdk_AndRunsOnTheAspNetRuntimeOnly(string folder, int[] ports)
    {
        _ = ports;
        var stages = Dockerfile.Read(new Deployable(folder).DockerfilePath).Stages;

        Assert.True(stages.Count >= 2, "The image is built in one stage and run from another.");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", stages[0][0].Arguments, StringComparison.Ordinal);
        var runtime = stages[^1];
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", runtime[0].Arguments, StringComparison.Ordinal);
        Assert.DoesNotContain("sdk", runtime[0].Arguments, StringComparison.Ordinal);
        Assert.Contains(stages[0], i => i.Name == "RUN" && i.Arguments.StartsWith("dotnet publish", StringComparison.Ordinal)
            && i.Arguments.Contains("-c Release", StringComparison.Ordinal) && i.Arguments.Contains("-o /app", StringComparison.Ordinal));
        Assert.Contains(runtime, i => i.Name == "COPY" && i.Arguments.StartsWith("--from=build /app", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void RunsItsOwnAssembly_AsTheNonRootAppUser_WithoutAHealthcheck(string folder, int[] ports)
    {
        _ = ports;
        var deployable = new Deployable(folder);
        var dockerfile = Dockerfile.Read(deployable.DockerfilePath);
        var runtime = dockerfile.Stages[^1];

        // Kubernetes probes /health/live and /health/ready; a HEALTHCHECK would only duplicate them.
        Assert.DoesNotContain(dockerfile.Instructions, i => i.Name == "HEALTHCHECK");
        var user = Assert.Single(runtime, i => i.Name == "USER").Arguments;
        Assert.True(int.TryParse(user, out var uid) && uid > 0, $"USER {user} is not a numeric non-root user (Kubernetes can verify runAsNonRoot only for a number).");
        Assert.Equal(1654, uid);
        var entryPoint = JsonSerializer.Deserialize<string[]>(Assert.Single(runtime, i => i.Name == "ENTRYPOINT").Arguments);
        Assert.Equal(["dotnet", $"{deployable.AssemblyName}.dll"], entryPoint ?? []);
        Assert.Equal("/app", runtime.Last(i => i.Name == "WORKDIR").Arguments);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void ExposesThePortsTheProcessListensOn(string folder, int[] ports)
    {
        var runtime = Dockerfile.Read(new Deployable(folder).DockerfilePath).Stages[^1];

        var exposed = runtime.Where(i => i.Name == "EXPOSE").SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse);
        Assert.Equal(ports.Order(), exposed.Order());
        var environment = Environment(runtime);
        if (environment.TryGetValue("URLS", out var urls))
        {
            Assert.Equal(Assert.Single(ports), new Uri(urls.Replace("+", "localhost", StringComparison.Ordinal)).Port);
        }
        // The runtime image's HTTP_PORTS=8080 would only be overridden by URLS, with a warning at every start.
        Assert.Equal("", environment["ASPNETCORE_HTTP_PORTS"]);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void WritesOnlyToTheDataVolume(string folder, int[] ports)
    {
        _ = ports;
        var runtime = Dockerfile.Read(new Deployable(folder).DockerfilePath).Stages[^1];

        Assert.Equal("/data", Assert.Single(runtime, i => i.Name == "VOLUME").Arguments);
        Assert.Equal("/data", Environment(runtime)["PRACTICE_DATA"]);
        Assert.Contains(runtime, i => i.Name == "RUN" && i.Arguments.Contains("chown 1654:1654 /data", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void CopiesEveryProjectFileTheRestoreNeeds_BeforeRestoring(string folder, int[] ports)
    {
        _ = ports;
        var deployable = new Deployable(folder);
        var build = Dockerfile.Read(deployable.DockerfilePath).Stages[0];
        var restore = build.ToList().FindIndex(i => i.Name == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));

        Assert.True(restore > 0, "The build stage restores before it copies the sources.");
        var copied = build.Take(restore).Where(i => i.Name == "COPY").Select(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var copiedFiles = copied.SelectMany(parts => parts[..^1]).ToHashSet(StringComparer.Ordinal);
        Assert.All(deployable.ProjectClosure(), project => Assert.Contains(project, copiedFiles));
        Assert.All(["global.json", "Directory.Build.props", "Directory.Packages.props"], file => Assert.Contains(file, copiedFiles));
        // The built-in scenarios are published with the app (the silo project links them), so the build copies them.
        Assert.Contains(build.Skip(restore), i => i.Name == "COPY" && i.Arguments == "scenarios/ scenarios/");
    }

    /// <summary>The ENV settings of a stage (KEY=value pairs, several to an instruction).</summary>
    private static Dictionary<string, string> Environment(IEnumerable<Dockerfile.Instruction> stage) =>
        stage.Where(i => i.Name == "ENV")
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "");
}
