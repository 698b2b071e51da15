using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Hosting.Kubernetes;
using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Silo.Tests.Hosting;

/// <summary>
/// When a silo takes Orleans's Kubernetes hosting. No Kubernetes API server runs here, so these check the wiring
/// (which services and options a silo in a pod gets); the chart tests check what the pod gives it.
/// </summary>
public sealed class KubernetesHostingTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData(null, "10.96.0.1", true)]
    [InlineData("true", null, true)]
    [InlineData("false", "10.96.0.1", false)]
    [InlineData("True", null, true)]
    public void IsOn_InAPodOrWhenAskedFor(string? practiceKubernetes, string? serviceHost, bool expected)
    {
        Assert.Equal(expected, KubernetesHosting.IsOn(Configuration(practiceKubernetes, serviceHost)));
    }

    [Fact]
    public void ASwitchThatIsNotABoolean_IsRefusedNamingIt()
    {
        var error = Assert.Throws<StartupException>(() => KubernetesHosting.IsOn(Configuration("yes", null)));

        Assert.Equal("PRACTICE_KUBERNETES must be true or false, not 'yes'.", error.Message);
    }

    [Fact]
    public void ASiloInAPod_GetsOrleansKubernetesHosting_NamedAfterItsPod_WithDefunctPodDeletionAsConfigured()
    {
        var configuration = Configuration("true", null, (KubernetesHosting.DeleteDefunctSiloPodsKey, "true"));
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddKubernetesHostingIfInPod(configuration));
        // No API server here: the agent gets a client for an address nothing listens on (it is built, never started).
        builder.Services.Configure<KubernetesHostingOptions>(kubernetes => kubernetes.GetClientConfiguration = () => new k8s.KubernetesClientConfiguration { Host = "http://127.0.0.1:9" });
        using var host = builder.Build();
        // What the downward API gives a pod (Orleans reads these variables itself, when the options are first asked for).
        Environment.SetEnvironmentVariable("POD_NAMESPACE", "practice");
        Environment.SetEnvironmentVariable("POD_NAME", "practice-platform-silo-7d9f-x2k4q");
        try
        {
            AssertKubernetesHosting(host);
        }
        finally
        {
            Environment.SetEnvironmentVariable("POD_NAMESPACE", null);
            Environment.SetEnvironmentVariable("POD_NAME", null);
        }
    }

    private static void AssertKubernetesHosting(IHost host)
    {
        var participants = host.Services.GetServices<ILifecycleParticipant<ISiloLifecycle>>();
        Assert.Contains(participants, participant => participant.GetType().Name == "KubernetesClusterAgent");
        Assert.True(host.Services.GetRequiredService<IOptions<KubernetesHostingOptions>>().Value.DeleteDefunctSiloPods);
        Assert.Equal("practice-platform-silo-7d9f-x2k4q", host.Services.GetRequiredService<IOptions<Orleans.Configuration.SiloOptions>>().Value.SiloName);
    }

    [Fact]
    public void ASiloOutsideKubernetes_DoesNotWatchPods()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddKubernetesHostingIfInPod(Configuration(null, null)));
        using var host = builder.Build();

        Assert.DoesNotContain(host.Services.GetServices<ILifecycleParticipant<ISiloLifecycle>>(), participant => participant.GetType().Name == "KubernetesClusterAgent");
    }

    private static IConfiguration Configuration(string? practiceKubernetes, string? serviceHost, params (string Key, string Value)[] more)
    {
        var values = new Dictionary<string, string?>
        {
            [KubernetesHosting.SwitchVariable] = practiceKubernetes,
            [KubernetesHosting.InPodVariable] = serviceHost,
        };
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
