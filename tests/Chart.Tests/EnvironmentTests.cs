using PracticePlatform.Chart.Tests.Code;
using PracticePlatform.Chart.Tests.Rendering;

namespace PracticePlatform.Chart.Tests;

/// <summary>
/// The environment the chart gives each role against what the code reads: nothing set that nobody reads, nothing
/// a role needs left unset.
/// </summary>
[Collection(ChartCollection.Name)]
public sealed class EnvironmentTests(ChartRenderer renderer)
{
    /// <summary>Variables read by the libraries the platform runs on, not by its own source.</summary>
    private static readonly Dictionary<string, string> ReadByLibraries = new()
    {
        ["POD_NAME"] = "Orleans's Kubernetes hosting: the silo's name",
        ["POD_NAMESPACE"] = "Orleans's Kubernetes hosting: where the cluster's pods are",
        ["POD_IP"] = "Orleans's Kubernetes hosting: the address to advertise",
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "OpenTelemetry's OTLP exporter",
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "OpenTelemetry's OTLP exporter",
        ["URLS"] = "ASP.NET Core: the addresses Kestrel listens on",
        ["ASPNETCORE_URLS"] = "ASP.NET Core",
        ["ASPNETCORE_HTTP_PORTS"] = "ASP.NET Core",
        ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "ASP.NET Core: X-Forwarded-For and -Proto from the proxy in front (ForwardedHeaders_Enabled)",
        ["DOTNET_SHUTDOWNTIMEOUTSECONDS"] = ".NET's host: HostOptions.ShutdownTimeout (shutdownTimeoutSeconds), DOTNET_-prefixed host configuration",
    };

    /// <summary>What each role cannot do without, in a cluster on Kubernetes.</summary>
    private static readonly Dictionary<string, string[]> NeededBy = new()
    {
        ["silo"] =
        [
            "PRACTICE_STORAGE", "PRACTICE_POSTGRES", "PRACTICE_CLUSTER_ID", "PRACTICE_SERVICE_ID", "PRACTICE_DATA",
            "PRACTICE_ADVERTISED_IP", "PRACTICE_KUBERNETES", "PRACTICE_ADMIN_TOKEN", "POD_NAME", "POD_NAMESPACE", "POD_IP",
        ],
        ["frontend"] =
        [
            "PRACTICE_ROLE", "PRACTICE_STORAGE", "PRACTICE_POSTGRES", "PRACTICE_CLUSTER_ID", "PRACTICE_SERVICE_ID",
            "PRACTICE_DATA", "PRACTICE_ADMIN_TOKEN", "URLS",
        ],
    };

    /// <summary>PRACTICE_* variables the code reads that the chart leaves unset on purpose.</summary>
    private static readonly Dictionary<string, string> NotNeededOnKubernetes = new()
    {
        ["PRACTICE_SILO_PORT"] = "the silo port's default (11111) is the container port",
        ["PRACTICE_GATEWAY_PORT"] = "the gateway port's default (30000) is the container port",
        ["PRACTICE_SMTP"] = "a shortcut for Practice__Notifications__SmtpHost and SmtpPort, which the chart sets",
        ["PRACTICE_SERVER"] = "read by the practice CLI, not by a server",
        ["PRACTICE_TOKEN"] = "read by the practice CLI, not by a server",
    };

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void EveryVariableTheChartSets_IsOneTheCodeOrItsLibrariesRead(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        var unread = chart.Deployments.SelectMany(d => d.Spec.Template.Spec.Containers).SelectMany(c => c.Env)
            .Select(env => env.Name)
            .Distinct()
            .Where(name => !CodeEnvironment.Source.Reads(name) && !ReadByLibraries.ContainsKey(name))
            .ToList();
        Assert.True(unread.Count == 0, $"The chart sets variables nothing reads: {string.Join(", ", unread)}");
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void EachRole_GetsEveryVariableItNeeds_WithTheRightValue(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        foreach (var (component, needed) in NeededBy)
        {
            var set = chart.Container(component).Env.Select(env => env.Name).ToList();
            Assert.Equal(set.Count, set.Distinct().Count());
            Assert.All(needed, name => Assert.Contains(name, set));
        }
        Assert.Equal("postgres", chart.Env("silo", "PRACTICE_STORAGE")?.Value);
        Assert.Equal("postgres", chart.Env("frontend", "PRACTICE_STORAGE")?.Value);
        Assert.Equal("frontend", chart.Env("frontend", "PRACTICE_ROLE")?.Value);
        Assert.Equal("true", chart.Env("silo", "PRACTICE_KUBERNETES")?.Value);
        Assert.Null(chart.Env("silo", "PRACTICE_ROLE"));
        Assert.Equal("metadata.name", chart.Env("silo", "POD_NAME")?.ValueFrom.FieldRef.FieldPath);
        Assert.Equal("metadata.namespace", chart.Env("silo", "POD_NAMESPACE")?.ValueFrom.FieldRef.FieldPath);
        Assert.Equal("status.podIP", chart.Env("silo", "POD_IP")?.ValueFrom.FieldRef.FieldPath);
        Assert.Equal("status.podIP", chart.Env("silo", "PRACTICE_ADVERTISED_IP")?.ValueFrom.FieldRef.FieldPath);
    }

    [Fact]
    public void EveryPracticeVariableTheCodeReads_IsSetForTheRoleThatNeedsIt_OrNotNeededOnKubernetes()
    {
        var needed = NeededBy.Values.SelectMany(names => names).ToHashSet();

        var unaccounted = CodeEnvironment.Source.PracticeVariables
            .Where(name => !needed.Contains(name) && !NotNeededOnKubernetes.ContainsKey(name))
            .Order()
            .ToList();

        Assert.True(unaccounted.Count == 0, $"src reads variables the chart neither sets nor says it leaves out: {string.Join(", ", unaccounted)}");
    }

    [Fact]
    public void NotificationAndMetricsValues_ReachTheSilosEnvironment()
    {
        var chart = renderer.Rendered(ValueSet.IngressAndServiceMonitor);

        Assert.Equal("smtp.test.example", chart.Env("silo", "Practice__Notifications__SmtpHost")?.Value);
        Assert.Equal("587", chart.Env("silo", "Practice__Notifications__SmtpPort")?.Value);
        Assert.Equal("StartTls", chart.Env("silo", "Practice__Notifications__SmtpSecurity")?.Value);
        Assert.Equal("practice", chart.Env("silo", "Practice__Notifications__SmtpUsername")?.Value);
        Assert.Equal("practice@test.example", chart.Env("silo", "Practice__Notifications__From")?.Value);
        Assert.Equal("00:00:10", chart.Env("silo", "Practice__Notifications__AttemptTimeout")?.Value);
        Assert.NotNull(chart.Env("silo", "Practice__Notifications__SmtpPassword")?.ValueFrom.SecretKeyRef);
        foreach (var component in new[] { "silo", "frontend" })
        {
            Assert.Equal("http://otel-collector.monitoring:4317", chart.Env(component, "OTEL_EXPORTER_OTLP_ENDPOINT")?.Value);
            Assert.Equal("false", chart.Env(component, "Practice__Metrics__AllowAnonymous")?.Value);
        }
        // Notifications are sent by silos; a frontend only calls grains.
        Assert.DoesNotContain(chart.Container("frontend").Env, env => env.Name.StartsWith("Practice__Notifications__", StringComparison.Ordinal));
    }

    /// <summary>Behind a TLS Ingress, the frontends learn the client's scheme and address from the forwarded headers.</summary>
    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void FrontendsBehindAnIngress_TrustTheForwardedHeaders(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        const string Variable = "ASPNETCORE_FORWARDEDHEADERS_ENABLED";
        Assert.Equal(chart.ValueSet.HasIngress ? "true" : null, chart.Env("frontend", Variable)?.Value);
        Assert.Null(chart.Env("silo", Variable));
    }

    [Fact]
    public void WithoutAnSmtpHostOrOtlpEndpoint_NoneOfTheirSettingsAreSet()
    {
        var chart = renderer.Rendered(ValueSet.Defaults);

        var names = chart.Deployments.SelectMany(d => d.Spec.Template.Spec.Containers).SelectMany(c => c.Env).Select(env => env.Name).ToList();
        Assert.DoesNotContain(names, name => name.StartsWith("Practice__Notifications__Smtp", StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => name.StartsWith("OTEL_", StringComparison.Ordinal));
    }
}
