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
            var health = CodeDefaults.Health(component);
            Assert.Equal(health.Liveness, container.LivenessProbe?.HttpGet?.Path);
            Assert.Equal(health.Readiness, container.ReadinessProbe?.HttpGet?.Path);
            Assert.Equal(health.Liveness, container.StartupProbe?.HttpGet?.Path);
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
            // What the process writes goes to volumes: the runtime's temporary files, and the data folder. Anything
            // else mounted is a Secret's file, read-only.
            var writable = container.VolumeMounts.Where(mount => mount.ReadOnlyProperty != true).ToDictionary(mount => mount.MountPath, mount => mount.Name);
            Assert.Equal(["/data", "/tmp"], writable.Keys.Order());
            Assert.All(writable.Values, volume => Assert.NotNull(pod.Volumes.Single(v => v.Name == volume).EmptyDir));
            Assert.All(container.VolumeMounts.Where(mount => mount.ReadOnlyProperty == true), mount => Assert.NotNull(pod.Volumes.Single(v => v.Name == mount.Name).Secret));
            Assert.Equal("/data", container.Env.Single(env => env.Name == "PRACTICE_DATA").Value);
            Assert.NotNull(container.Resources?.Requests);
            Assert.NotNull(container.Resources?.Limits);
        }
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void Pods_GetNoServiceLinkVariables(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        // A Service named like <release>-silo would otherwise set PRACTICE_SILO_PORT=tcp://10.0.0.1:8081 in every pod
        // of the namespace, and the silos read PRACTICE_SILO_PORT as their port number.
        Assert.All(chart.Deployments, deployment => Assert.False(deployment.Spec.Template.Spec.EnableServiceLinks, $"{deployment.Metadata.Name} gets service link variables."));
        Assert.Contains("PRACTICE_SILO_PORT", CodeEnvironment.Source.PracticeVariables);
    }

    /// <summary>
    /// A stopping process gets the pod's grace period less 10 s to finish (.NET's host reads shutdownTimeoutSeconds
    /// from DOTNET_-prefixed environment variables; its default of 30 s would cut a silo's hand-over short, or
    /// outlast a short grace period), and a frontend first keeps serving 5 s while routing to it stops.
    /// </summary>
    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void StoppingProcesses_FinishWithinTheGracePeriod_FrontendsAfterRoutingStops(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        foreach (var deployment in chart.Deployments)
        {
            var pod = deployment.Spec.Template.Spec;
            var container = Assert.Single(pod.Containers);
            var shutdownTimeout = int.Parse(Assert.Single(container.Env, env => env.Name == "DOTNET_SHUTDOWNTIMEOUTSECONDS").Value, System.Globalization.CultureInfo.InvariantCulture);
            var preStopSleep = container.Lifecycle?.PreStop?.Sleep?.Seconds ?? 0;
            Assert.Equal(Math.Max(5, pod.TerminationGracePeriodSeconds!.Value - 10), shutdownTimeout);
            Assert.True(preStopSleep + shutdownTimeout < pod.TerminationGracePeriodSeconds, $"{deployment.Metadata.Name} may be killed before it has stopped.");
        }
        Assert.Null(chart.Container("silo").Lifecycle);
        var preStop = chart.Container("frontend").Lifecycle?.PreStop;
        Assert.Equal(5, preStop?.Sleep?.Seconds);
        Assert.Null(preStop?.Exec);
    }

    [Theory]
    [InlineData(null, null, 50, 20)]
    [InlineData(90, 45, 80, 35)]
    [InlineData(12, 12, 5, 5)]
    public void TheShutdownTimeout_IsTheGracePeriodLessTenSeconds_AtLeastFive(int? siloGrace, int? frontendGrace, int siloTimeout, int frontendTimeout)
    {
        string[] arguments = [.. ValueSet.Defaults.Arguments];
        if (siloGrace is not null)
        {
            arguments = [.. arguments, "--set", $"silo.terminationGracePeriodSeconds={siloGrace}"];
        }
        if (frontendGrace is not null)
        {
            arguments = [.. arguments, "--set", $"frontend.terminationGracePeriodSeconds={frontendGrace}"];
        }
        var result = renderer.Render(arguments);
        Assert.True(result.ExitCode == 0, result.Errors);
        var chart = RenderedChart.Parse(ValueSet.Defaults, result.Output);

        Assert.Equal(siloGrace ?? 60, chart.Silos.Spec.Template.Spec.TerminationGracePeriodSeconds);
        Assert.Equal(frontendGrace ?? 30, chart.Frontends.Spec.Template.Spec.TerminationGracePeriodSeconds);
        Assert.Equal(siloTimeout.ToString(System.Globalization.CultureInfo.InvariantCulture), chart.Env("silo", "DOTNET_SHUTDOWNTIMEOUTSECONDS")?.Value);
        Assert.Equal(frontendTimeout.ToString(System.Globalization.CultureInfo.InvariantCulture), chart.Env("frontend", "DOTNET_SHUTDOWNTIMEOUTSECONDS")?.Value);
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void TheSmtpRelaysCertificateAuthority_IsASecretsKeyMountedReadOnly_WhereTheSilosAreToldToReadIt(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        const string Variable = "Practice__Notifications__SmtpCertificateAuthority";
        Assert.Null(chart.Env("frontend", Variable));
        var pod = chart.Silos.Spec.Template.Spec;
        var secretVolumes = pod.Volumes.Where(volume => volume.Secret is not null).ToList();
        if (chart.ValueSet.SmtpCertificateAuthority is not { } authority)
        {
            Assert.Null(chart.Env("silo", Variable));
            Assert.Empty(secretVolumes);
            return;
        }
        var volume = Assert.Single(secretVolumes);
        Assert.Equal(authority.Secret, volume.Secret.SecretName);
        var item = Assert.Single(volume.Secret.Items);
        Assert.Equal(authority.Key, item.Key);
        var mount = Assert.Single(Assert.Single(pod.Containers).VolumeMounts, mount => mount.Name == volume.Name);
        Assert.True(mount.ReadOnlyProperty);
        // The folder is mounted (no subPath), so a renewed certificate reaches the file the silos re-read.
        Assert.Null(mount.SubPath);
        Assert.Equal($"{mount.MountPath.TrimEnd('/')}/{item.Path}", chart.Env("silo", Variable)?.Value);
        Assert.StartsWith("/etc/practice/", mount.MountPath, StringComparison.Ordinal);
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
