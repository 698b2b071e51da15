using Microsoft.Extensions.Configuration;

namespace PracticePlatform.Silo.Hosting;

/// <summary>
/// A silo in a Kubernetes pod uses Orleans's Kubernetes hosting: its silo name is the pod's (<c>POD_NAME</c>), its
/// address the pod's (<c>POD_IP</c>, when <c>PRACTICE_ADVERTISED_IP</c> does not say), and it watches the pods
/// labelled <c>orleans/serviceId</c> and <c>orleans/clusterId</c> so that a silo whose pod is gone is declared dead
/// at once, without waiting for missed probes. PostgreSQL stays the membership store. On in a pod (Kubernetes sets
/// <c>KUBERNETES_SERVICE_HOST</c>) or when <c>PRACTICE_KUBERNETES</c> is true; <c>PRACTICE_KUBERNETES=false</c>
/// turns it off.
/// </summary>
public static class KubernetesHosting
{
    /// <summary>Forces Kubernetes hosting on or off.</summary>
    public const string SwitchVariable = "PRACTICE_KUBERNETES";

    /// <summary>Set by Kubernetes in every pod.</summary>
    public const string InPodVariable = "KUBERNETES_SERVICE_HOST";

    /// <summary>Whether silos may delete the pods of silos declared dead (their Role then needs "delete" on pods).</summary>
    public const string DeleteDefunctSiloPodsKey = "Practice:Kubernetes:DeleteDefunctSiloPods";

    /// <summary>Whether this silo runs with Kubernetes hosting.</summary>
    public static bool IsOn(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[SwitchVariable] switch
        {
            null or "" => !string.IsNullOrEmpty(configuration[InPodVariable]),
            var flag when bool.TryParse(flag, out var on) => on,
            var flag => throw new StartupException($"{SwitchVariable} must be true or false, not '{flag}'."),
        };
    }

    /// <summary>Adds Orleans's Kubernetes hosting to <paramref name="silo"/> when <see cref="IsOn"/>.</summary>
    public static ISiloBuilder AddKubernetesHostingIfInPod(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (IsOn(configuration))
        {
            silo.UseKubernetesHosting(options => options.Configure(kubernetes =>
                kubernetes.DeleteDefunctSiloPods = configuration.GetValue<bool>(DeleteDefunctSiloPodsKey)));
        }
        return silo;
    }
}
