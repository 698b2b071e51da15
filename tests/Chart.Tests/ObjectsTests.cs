using System.Text.RegularExpressions;
using PracticePlatform.Chart.Tests.Rendering;
using k8s;
using k8s.Models;

namespace PracticePlatform.Chart.Tests;

/// <summary>Every rendered object is one Kubernetes 1.30 knows, well named, and wired to the pods it is meant for.</summary>
[Collection(ChartCollection.Name)]
public sealed partial class ObjectsTests(ChartRenderer renderer)
{
    /// <summary>The API versions and kinds the chart may render: all served by Kubernetes 1.30 (plus Prometheus Operator's CRD).</summary>
    private static readonly HashSet<string> KnownKinds =
    [
        "apps/v1/Deployment",
        "apps/v1/StatefulSet",
        "v1/Service",
        "v1/ServiceAccount",
        "v1/Secret",
        "policy/v1/PodDisruptionBudget",
        "rbac.authorization.k8s.io/v1/Role",
        "rbac.authorization.k8s.io/v1/RoleBinding",
        "networking.k8s.io/v1/Ingress",
        "monitoring.coreos.com/v1/ServiceMonitor",
    ];

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void EveryObject_IsAKindKubernetes130Serves_WithAValidName(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        Assert.NotEmpty(chart.Objects);
        Assert.All(chart.Objects, item =>
        {
            Assert.Contains($"{item.ApiVersion}/{item.Kind}", KnownKinds);
            Assert.False(string.IsNullOrEmpty(item.Metadata?.Name), $"A {item.Kind} has no name.");
            Assert.True(item.Metadata.Name.Length <= 63, $"{item.Kind} {item.Metadata.Name} is longer than 63 characters.");
            Assert.Matches(DnsLabel(), item.Metadata.Name);
            Assert.Null(item.Metadata.NamespaceProperty);
            Assert.Equal("practice-platform", item.Metadata.Labels["app.kubernetes.io/name"]);
            Assert.Equal(ChartRenderer.ReleaseName, item.Metadata.Labels["app.kubernetes.io/instance"]);
            Assert.Equal("Helm", item.Metadata.Labels["app.kubernetes.io/managed-by"]);
        });
        Assert.Equal(chart.Objects.Count, chart.Objects.DistinctBy(item => (item.Kind, item.Metadata.Name)).Count());
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void EveryObject_HasTheFieldsTheApiServerRequiresOfItsKind(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        var problems = chart.Objects.SelectMany(RequiredFields.Problems).ToList();

        Assert.True(problems.Count == 0, $"Required fields missing:\n{string.Join('\n', problems)}");
    }

    /// <summary>The typed models read an incomplete object without complaint; the required-field check does not.</summary>
    [Fact]
    public void TheRequiredFieldCheck_FindsWhatEachKindLacks()
    {
        var meta = new V1ObjectMeta { Name = "broken" };
        var deployment = new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = meta,
            Spec = new V1DeploymentSpec
            {
                Selector = new V1LabelSelector(),
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "x" } },
                    Spec = new V1PodSpec
                    {
                        Containers = [new V1Container { Name = "", Image = " ", VolumeMounts = [new V1VolumeMount { MountPath = "/data", Name = "missing" }] }],
                    },
                },
            },
        };
        var service = new V1Service { ApiVersion = "v1", Kind = "Service", Metadata = meta, Spec = new V1ServiceSpec { Ports = [] } };
        var binding = new V1RoleBinding
        {
            ApiVersion = "rbac.authorization.k8s.io/v1",
            Kind = "RoleBinding",
            Metadata = meta,
            RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = "" },
            Subjects = [],
        };
        var ingress = new V1Ingress
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "Ingress",
            Metadata = meta,
            Spec = new V1IngressSpec
            {
                Rules =
                [
                    new V1IngressRule
                    {
                        Http = new V1HTTPIngressRuleValue
                        {
                            Paths = [new V1HTTPIngressPath { Path = "/", PathType = "", Backend = new V1IngressBackend { Service = new V1IngressServiceBackend { Name = "", Port = new V1ServiceBackendPort() } } }],
                        },
                    },
                ],
            },
        };
        var budget = new V1PodDisruptionBudget { ApiVersion = "policy/v1", Kind = "PodDisruptionBudget", Metadata = meta, Spec = new V1PodDisruptionBudgetSpec() };
        var secret = new V1Secret { ApiVersion = "v1", Kind = "Secret", Metadata = meta };
        var configMap = new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = meta, Data = new Dictionary<string, string> { ["a"] = "b" } };

        string[] Problems(IKubernetesObject<V1ObjectMeta> item) => RequiredFields.Problems(item).ToArray();

        Assert.Equal(
            [
                "Deployment broken: spec.selector (matchLabels or matchExpressions)",
                "Deployment broken: spec.template.spec.containers[0].name",
                "Deployment broken: spec.template.spec.containers[0].image",
                "Deployment broken: spec.template.spec.containers[0].volumeMounts[0].name naming one of the pod's volumes ('missing')",
            ],
            Problems(deployment));
        Assert.Equal(["Service broken: spec.ports"], Problems(service));
        Assert.Equal(["RoleBinding broken: roleRef.name", "RoleBinding broken: subjects"], Problems(binding));
        Assert.Equal(
            [
                "Ingress broken: spec.rules[0].http.paths[0].pathType (Exact, Prefix or ImplementationSpecific)",
                "Ingress broken: spec.rules[0].http.paths[0].backend.service.name",
                "Ingress broken: spec.rules[0].http.paths[0].backend.service.port: a name or a number",
            ],
            Problems(ingress));
        Assert.Equal(["PodDisruptionBudget broken: spec.selector (matchLabels or matchExpressions)"], Problems(budget));
        Assert.Equal(["Secret broken: data or stringData (a Secret with no key)"], Problems(secret));
        Assert.Contains("no required-field check", Assert.Single(Problems(configMap)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void Deployments_SelectTheirOwnPods_AndNoOneElses(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        Assert.Equal(["frontend", "silo"], chart.Deployments.Select(d => d.Metadata.Labels["app.kubernetes.io/component"]).Order());
        foreach (var deployment in chart.Deployments)
        {
            Assert.Null(deployment.Spec.Selector.MatchExpressions);
            Assert.True(Selects(deployment.Spec.Selector.MatchLabels, deployment.Spec.Template.Metadata.Labels), $"{deployment.Metadata.Name} does not select its own pods.");
            foreach (var other in chart.Deployments.Where(other => other != deployment))
            {
                Assert.False(Selects(deployment.Spec.Selector.MatchLabels, other.Spec.Template.Metadata.Labels), $"{deployment.Metadata.Name} also selects {other.Metadata.Name}'s pods.");
            }
        }
        Assert.Equal(chart.ValueSet.SiloReplicas, chart.Silos.Spec.Replicas);
        Assert.Equal(chart.ValueSet.FrontendReplicas, chart.Frontends.Spec.Replicas);
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void Services_SelectPods_AndTargetPortsTheirContainersName(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        Assert.Equal(2, chart.OfType<V1Service>().Count());
        foreach (var service in chart.OfType<V1Service>())
        {
            var pods = chart.Deployments.Where(d => Selects(service.Spec.Selector, d.Spec.Template.Metadata.Labels)).ToList();
            var deployment = Assert.Single(pods);
            var containerPorts = deployment.Spec.Template.Spec.Containers.SelectMany(c => c.Ports).Select(p => p.Name).ToHashSet();
            Assert.All(service.Spec.Ports, port => Assert.Contains(port.TargetPort.Value, containerPorts));
        }
        // Silos find each other through PostgreSQL; their Service only names them (for metrics), without a virtual IP.
        Assert.Equal("None", chart.OfType<V1Service>().Single(s => s.Metadata.Name.EndsWith("-silo", StringComparison.Ordinal)).Spec.ClusterIP);
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void Ingress_IsRenderedOnlyWhenEnabled_AndRoutesToTheFrontendService(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        var ingresses = chart.OfType<V1Ingress>().ToList();
        if (!chart.ValueSet.HasIngress)
        {
            Assert.Empty(ingresses);
            return;
        }
        var ingress = Assert.Single(ingresses);
        var frontendService = chart.OfType<V1Service>().Single(s => Selects(s.Spec.Selector, chart.Frontends.Spec.Template.Metadata.Labels));
        var rule = Assert.Single(ingress.Spec.Rules);
        var path = Assert.Single(rule.Http.Paths);
        Assert.Equal(frontendService.Metadata.Name, path.Backend.Service.Name);
        Assert.Contains(frontendService.Spec.Ports, port => port.Name == path.Backend.Service.Port.Name);
        Assert.Equal("Prefix", path.PathType);
        Assert.Equal("nginx", ingress.Spec.IngressClassName);
        var tls = Assert.Single(ingress.Spec.Tls);
        Assert.Equal([rule.Host], tls.Hosts);
        Assert.Equal("practice-tls", tls.SecretName);
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void ServiceMonitor_ScrapesMetricsOnEveryProcesssHttpPort_WithTheAdminToken(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        var monitors = chart.OfType<ServiceMonitor>().ToList();
        if (!chart.ValueSet.HasServiceMonitor)
        {
            Assert.Empty(monitors);
            return;
        }
        var monitor = Assert.Single(monitors);
        var scraped = chart.OfType<V1Service>().Where(service => Matches(monitor.Spec.Selector, service.Metadata.Labels)).ToList();
        Assert.Equal(2, scraped.Count);
        var endpoint = Assert.Single(monitor.Spec.Endpoints);
        Assert.Equal("/metrics", endpoint.Path);
        Assert.All(scraped, service => Assert.Contains(service.Spec.Ports, port => port.Name == endpoint.Port));
        Assert.Equal("Bearer", endpoint.Authorization?.Type);
        var adminToken = Assert.Single(chart.Silos.Spec.Template.Spec.Containers[0].Env, env => env.Name == "PRACTICE_ADMIN_TOKEN").ValueFrom.SecretKeyRef;
        Assert.Equal(adminToken.Name, endpoint.Authorization!.Credentials.Name);
        Assert.Equal(adminToken.Key, endpoint.Authorization.Credentials.Key);
    }

    /// <summary>Whether a matchLabels selector selects a set of labels.</summary>
    public static bool Selects(IDictionary<string, string>? selector, IDictionary<string, string>? labels) =>
        selector is { Count: > 0 } && labels is not null && selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);

    /// <summary>Whether a label selector (matchLabels and In/NotIn/Exists expressions) selects a set of labels.</summary>
    public static bool Matches(V1LabelSelector selector, IDictionary<string, string> labels) =>
        (selector.MatchLabels is null || Selects(selector.MatchLabels, labels))
        && (selector.MatchExpressions ?? []).All(expression => expression.OperatorProperty switch
        {
            "In" => labels.TryGetValue(expression.Key, out var value) && expression.Values.Contains(value),
            "NotIn" => !labels.TryGetValue(expression.Key, out var value) || !expression.Values.Contains(value),
            "Exists" => labels.ContainsKey(expression.Key),
            "DoesNotExist" => !labels.ContainsKey(expression.Key),
            var other => throw new InvalidOperationException($"Unknown selector operator {other}."),
        });

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
