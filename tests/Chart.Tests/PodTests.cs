using k8s.Models;
using PracticePlatform.Chart.Tests.Code;
using PracticePlatform.Chart.Tests.Rendering;

namespace PracticePlatform.Chart.Tests;

/// <summary>The silos' and frontends' pods: ports, probes, security, volumes and rollout, against what the code does.</summary>
[Collection(ChartCollection.Name)]
public sealed class PodTests(ChartRenderer renderer)
{
    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void ContainerPorts_AreThePortsTheCodeListensOnByDefault(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        Assert.Equal(
            new Dictionary<string, int> { ["silo"] = CodeDefaults.SiloPort, ["gateway"] = CodeDefaults.GatewayPort, ["http"] = CodeDefaults.SiloHttpPort },
            chart.Container("silo").Ports.ToDictionary(port => port.Name, port => port.ContainerPort));
        Assert.Equal(
            new Dictionary<string, int> { ["http"] = CodeDefaults.FrontendHttpPort },
            chart.Container("frontend").Ports.ToDictionary(port => port.Name, port => port.ContainerPort));
        // The frontend listens where the chart says because the chart (like the image) sets URLS.
        Assert.Equal($"http://+:{CodeDefaults.FrontendHttpPort}", chart.Env("frontend", "URLS")?.Value);
        Assert.All(chart.Deployments.SelectMany(d => d.Spec.Template.Spec.Containers).SelectMany(c => c.Ports), port => Assert.Equal("TCP", port.Protocol));
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void Probes_AskTheHealthPathsTheCodeMaps_OnADeclaredPort(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        foreach (var component in new[] { "silo", "frontend" })
        {
            var container = chart.Container(component);
            var declared = container.Ports.Select(port => port.Name).ToHashSet();
            Assert.Equal(CodeDefaults.LivenessPath, container.LivenessProbe?.HttpGet?.Path);
            Assert.Equal(CodeDefaults.ReadinessPath, container.ReadinessProbe?.HttpGet?.Path);
            Assert.Equal(CodeDefaults.LivenessPath, container.StartupProbe?.HttpGet?.Path);
            foreach (var probe in new[] { container.LivenessProbe!, container.ReadinessProbe!, container.StartupProbe! })
            {
                Assert.Contains(probe.HttpGet.Port.Value, declared);
                Assert.Equal("http", probe.HttpGet.Port.Value);
            }
            // A start waits for PostgreSQL up to about a minute (SiloOptions.PostgresStartAttempts, 2 s apart).
            Assert.True(container.StartupProbe!.PeriodSeconds * container.StartupProbe.FailureThreshold >= 90, $"The {component}'s startup probe gives up before PostgreSQL retries do.");
        }
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void Pods_RunAsTheImagesNonRootUser_OnAReadOnlyRootFilesystem(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        foreach (var pod in chart.Deployments.Select(d => d.Spec.Template.Spec))
        {
            Assert.True(pod.SecurityContext.RunAsNonRoot);
            Assert.Equal(1654, pod.SecurityContext.RunAsUser);
            Assert.Equal(1654, pod.SecurityContext.FsGroup);
            Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile?.Type);
            var container = Assert.Single(pod.Containers);
            Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
            Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
            Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
            Assert.Null(container.SecurityContext.Capabilities.Add);
            Assert.Null(container.SecurityContext.Privileged);
            Assert.Equal("RuntimeDefault", container.SecurityContext.SeccompProfile?.Type);
            // What the process writes goes to volumes: the runtime's temporary files, and the data folder.
            var mounts = container.VolumeMounts.ToDictionary(mount => mount.MountPath, mount => mount.Name);
            Assert.Equal(["/data", "/tmp"], mounts.Keys.Order());
            Assert.All(mounts.Values, volume => Assert.NotNull(pod.Volumes.Single(v => v.Name == volume).EmptyDir));
            Assert.Equal("/data", container.Env.Single(env => env.Name == "PRACTICE_DATA").Value);
            Assert.NotNull(container.Resources?.Requests);
            Assert.NotNull(container.Resources?.Limits);
        }
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void OnlySilos_MountAServiceAccountToken_ForKubernetesHosting(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        var silos = chart.Silos.Spec.Template.Spec;
        Assert.True(silos.AutomountServiceAccountToken);
        Assert.False(chart.Frontends.Spec.Template.Spec.AutomountServiceAccountToken);
        var binding = Assert.Single(chart.OfType<V1RoleBinding>());
        var subject = Assert.Single(binding.Subjects);
        Assert.Equal(("ServiceAccount", silos.ServiceAccountName), (subject.Kind, subject.Name));
        var accounts = chart.OfType<V1ServiceAccount>().ToList();
        Assert.True(accounts.Count == 0 || accounts.Single().Metadata.Name == silos.ServiceAccountName);
        Assert.Equal(valueSet == ValueSet.DefunctPodsDeleted.Name ? "practice-silos" : chart.Silos.Metadata.Name, silos.ServiceAccountName);
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void Silos_CarryTheOrleansLabels_OfTheClusterTheyJoin(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        var labels = chart.Silos.Spec.Template.Metadata.Labels;
        Assert.Equal(chart.Env("silo", "PRACTICE_SERVICE_ID")?.Value, labels["orleans/serviceId"]);
        Assert.Equal(chart.Env("silo", "PRACTICE_CLUSTER_ID")?.Value, labels["orleans/clusterId"]);
        Assert.Equal(chart.Env("silo", "PRACTICE_CLUSTER_ID")?.Value, chart.Env("frontend", "PRACTICE_CLUSTER_ID")?.Value);
        Assert.Equal(chart.Env("silo", "PRACTICE_SERVICE_ID")?.Value, chart.Env("frontend", "PRACTICE_SERVICE_ID")?.Value);
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void Silos_RollOutOneAtATime_AddingBeforeRemoving_SpreadOverNodes(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        var strategy = chart.Silos.Spec.Strategy;
        Assert.Equal("RollingUpdate", strategy.Type);
        Assert.Equal("0", strategy.RollingUpdate.MaxUnavailable.Value);
        Assert.Equal("1", strategy.RollingUpdate.MaxSurge.Value);
        Assert.True(chart.Silos.Spec.Template.Spec.TerminationGracePeriodSeconds >= 30, "A stopping silo needs time to hand its sessions over.");
        var term = Assert.Single(chart.Silos.Spec.Template.Spec.Affinity.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution);
        Assert.Equal("kubernetes.io/hostname", term.PodAffinityTerm.TopologyKey);
        Assert.True(ObjectsTests.Selects(term.PodAffinityTerm.LabelSelector.MatchLabels, chart.Silos.Spec.Template.Metadata.Labels));
        Assert.Null(chart.Silos.Spec.Template.Spec.Affinity.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution);
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void DisruptionBudgets_KeepAllButOneSilo_AndAFrontendWhenThereAreSeveral(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        var budgets = chart.OfType<V1PodDisruptionBudget>().ToList();
        var siloBudget = Assert.Single(budgets, b => ObjectsTests.Selects(b.Spec.Selector.MatchLabels, chart.Silos.Spec.Template.Metadata.Labels));
        Assert.Equal("1", siloBudget.Spec.MaxUnavailable.Value);
        var frontendBudgets = budgets.Where(b => ObjectsTests.Selects(b.Spec.Selector.MatchLabels, chart.Frontends.Spec.Template.Metadata.Labels)).ToList();
        if (chart.ValueSet.FrontendReplicas > 1)
        {
            Assert.Equal("1", Assert.Single(frontendBudgets).Spec.MaxUnavailable.Value);
        }
        else
        {
            Assert.Empty(frontendBudgets);
        }
        Assert.All(budgets, b => Assert.Null(b.Spec.MinAvailable));
        Assert.Equal(1 + frontendBudgets.Count, budgets.Count);
    }
}
