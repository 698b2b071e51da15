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
    public void ASiloInAPod_GetsOrleansKubernetesHosting_WithDefunctPodDeletionAsConfigured()
    {
        var configuration = Configuration("true", null, (KubernetesHosting.DeleteDefunctSiloPodsKey, "true"));
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddKubernetesHostingIfInPod(configuration));
        using var host = builder.Build();

        var participants = host.Services.GetServices<ILifecycleParticipant<ISiloLifecycle>>();
        Assert.Contains(participants, participant => participant.GetType().Name == "KubernetesClusterAgent");
        Assert.True(host.Services.GetRequiredService<IOptions<KubernetesHostingOptions>>().Value.DeleteDefunctSiloPods);
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
