using k8s;
using k8s.Models;

namespace PracticePlatform.Chart.Tests.Rendering;

/// <summary>
/// The fields the API server requires of each kind the chart renders. Kubernetes's typed models read a document
/// with a field missing just as well as a complete one (they check names and types, not presence), so what the API
/// server would reject on <c>kubectl apply</c> is checked here: a kind without a check is itself a problem.
/// </summary>
public static class RequiredFields
{
    private static readonly HashSet<string> PathTypes = ["Exact", "Prefix", "ImplementationSpecific"];

    /// <summary>What the object lacks, one line each (kind, name, field); empty when the API server would take it.</summary>
    public static IReadOnlyList<string> Problems(IKubernetesObject<V1ObjectMeta> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var problems = new List<string>();
        var check = new Check(problems, $"{item.Kind} {item.Metadata?.Name}");
        check.Require(!string.IsNullOrEmpty(item.ApiVersion), "apiVersion");
        check.Require(!string.IsNullOrEmpty(item.Metadata?.Name), "metadata.name");
        switch (item)
        {
            case V1Deployment deployment:
                Deployment(check, deployment);
                break;
            case V1Service service:
                Service(check, service);
                break;
            case V1ServiceAccount:
                break;
            case V1Secret secret:
                check.Require((secret.Data?.Count ?? 0) + (secret.StringData?.Count ?? 0) > 0, "data or stringData (a Secret with no key)");
                break;
            case V1PodDisruptionBudget budget:
                Selector(check, "spec.selector", budget.Spec?.Selector);
                check.Require(budget.Spec?.MinAvailable is null || budget.Spec.MaxUnavailable is null, "only one of spec.minAvailable and spec.maxUnavailable");
                break;
            case V1Role role:
                check.Require(role.Rules is { Count: > 0 }, "rules");
                foreach (var (rule, i) in (role.Rules ?? []).Select((rule, i) => (rule, i)))
                {
                    check.Require(rule.Verbs is { Count: > 0 }, $"rules[{i}].verbs");
                    check.Require(rule.ApiGroups is { Count: > 0 }, $"rules[{i}].apiGroups");
                    check.Require(rule.Resources is { Count: > 0 }, $"rules[{i}].resources");
                }
                break;
            case V1RoleBinding binding:
                RoleBinding(check, binding);
                break;
            case V1Ingress ingress:
                Ingress(check, ingress);
                break;
            case ServiceMonitor monitor:
                Selector(check, "spec.selector", monitor.Spec?.Selector);
                check.Require(monitor.Spec?.Endpoints is { Count: > 0 }, "spec.endpoints");
                foreach (var (endpoint, i) in (monitor.Spec?.Endpoints ?? []).Select((endpoint, i) => (endpoint, i)))
                {
                    check.Require(!string.IsNullOrEmpty(endpoint.Port), $"spec.endpoints[{i}].port");
                }
                break;
            default:
                problems.Add($"{item.Kind} {item.Metadata?.Name}: no required-field check for kind {item.ApiVersion}/{item.Kind}; add one to {nameof(RequiredFields)}");
                break;
        }
        return problems;
    }

    private static void Deployment(Check check, V1Deployment deployment)
    {
        var spec = deployment.Spec;
        if (!check.Require(spec is not null, "spec"))
        {
            return;
        }
        Selector(check, "spec.selector", spec!.Selector);
        var labels = spec.Template?.Metadata?.Labels;
        check.Require(labels is { Count: > 0 }, "spec.template.metadata.labels");
        if (spec.Selector is not null && labels is { Count: > 0 })
        {
            check.Require(ObjectsTests.Matches(spec.Selector, labels), "spec.selector matching spec.template.metadata.labels");
        }
        var pod = spec.Template?.Spec;
        if (!check.Require(pod is not null, "spec.template.spec"))
        {
            return;
        }
        var volumes = (pod!.Volumes ?? []).ToList();
        foreach (var (volume, i) in volumes.Select((volume, i) => (volume, i)))
        {
            var where = $"spec.template.spec.volumes[{i}]";
            check.Require(!string.IsNullOrEmpty(volume.Name), $"{where}.name");
            var sources = new object?[] { volume.EmptyDir, volume.Secret, volume.ConfigMap, volume.Projected, volume.PersistentVolumeClaim }.Count(source => source is not null);
            check.Require(sources == 1, $"{where}: exactly one source (emptyDir, secret, ...)");
            if (volume.Secret is { } secret)
            {
                check.Require(!string.IsNullOrEmpty(secret.SecretName), $"{where}.secret.secretName");
                foreach (var (item, j) in (secret.Items ?? []).Select((item, j) => (item, j)))
                {
                    check.Require(!string.IsNullOrEmpty(item.Key), $"{where}.secret.items[{j}].key");
                    check.Require(!string.IsNullOrEmpty(item.Path), $"{where}.secret.items[{j}].path");
                }
            }
        }
        check.Require(volumes.Select(v => v.Name).Distinct().Count() == volumes.Count, "spec.template.spec.volumes: unique names");
        foreach (var (pullSecret, i) in (pod.ImagePullSecrets ?? []).Select((pullSecret, i) => (pullSecret, i)))
        {
            check.Require(!string.IsNullOrEmpty(pullSecret.Name), $"spec.template.spec.imagePullSecrets[{i}].name");
        }
        if (!check.Require(pod.Containers is { Count: > 0 }, "spec.template.spec.containers"))
        {
            return;
        }
        foreach (var (container, i) in pod.Containers.Select((container, i) => (container, i)))
        {
            Container(check, $"spec.template.spec.containers[{i}]", container, volumes.Select(v => v.Name).ToHashSet());
        }
    }

    private static void Container(Check check, string where, V1Container container, IReadOnlySet<string> volumes)
    {
        check.Require(!string.IsNullOrWhiteSpace(container.Name), $"{where}.name");
        check.Require(!string.IsNullOrWhiteSpace(container.Image), $"{where}.image");
        foreach (var (port, j) in (container.Ports ?? []).Select((port, j) => (port, j)))
        {
            check.Require(port.ContainerPort is > 0 and < 65536, $"{where}.ports[{j}].containerPort from 1 to 65535");
        }
        foreach (var (env, j) in (container.Env ?? []).Select((env, j) => (env, j)))
        {
            check.Require(!string.IsNullOrEmpty(env.Name), $"{where}.env[{j}].name");
            check.Require(env.Value is null || env.ValueFrom is null, $"{where}.env[{j}] ({env.Name}): value or valueFrom, not both");
            if (env.ValueFrom is { } from)
            {
                var sources = new object?[] { from.SecretKeyRef, from.ConfigMapKeyRef, from.FieldRef, from.ResourceFieldRef }.Count(source => source is not null);
                check.Require(sources == 1, $"{where}.env[{j}] ({env.Name}).valueFrom: exactly one source");
                check.Require(from.SecretKeyRef is null || (!string.IsNullOrEmpty(from.SecretKeyRef.Name) && !string.IsNullOrEmpty(from.SecretKeyRef.Key)), $"{where}.env[{j}] ({env.Name}).valueFrom.secretKeyRef name and key");
                check.Require(from.FieldRef is null || !string.IsNullOrEmpty(from.FieldRef.FieldPath), $"{where}.env[{j}] ({env.Name}).valueFrom.fieldRef.fieldPath");
            }
        }
        foreach (var (mount, j) in (container.VolumeMounts ?? []).Select((mount, j) => (mount, j)))
        {
            check.Require(!string.IsNullOrEmpty(mount.MountPath), $"{where}.volumeMounts[{j}].mountPath");
            check.Require(volumes.Contains(mount.Name), $"{where}.volumeMounts[{j}].name naming one of the pod's volumes ('{mount.Name}')");
        }
        foreach (var (name, probe) in new[] { ("startupProbe", container.StartupProbe), ("livenessProbe", container.LivenessProbe), ("readinessProbe", container.ReadinessProbe) })
        {
            if (probe is null)
            {
                continue;
            }
            var handlers = new object?[] { probe.HttpGet, probe.TcpSocket, probe.Exec, probe.Grpc }.Count(handler => handler is not null);
            check.Require(handlers == 1, $"{where}.{name}: exactly one handler");
            check.Require(probe.HttpGet is null || probe.HttpGet.Port is not null, $"{where}.{name}.httpGet.port");
        }
        foreach (var (name, handler) in new[] { ("postStart", container.Lifecycle?.PostStart), ("preStop", container.Lifecycle?.PreStop) })
        {
            if (handler is null)
            {
                continue;
            }
            var actions = new object?[] { handler.Exec, handler.HttpGet, handler.TcpSocket, handler.Sleep }.Count(action => action is not null);
            check.Require(actions == 1, $"{where}.lifecycle.{name}: exactly one action");
            check.Require(handler.Sleep is null || handler.Sleep.Seconds > 0, $"{where}.lifecycle.{name}.sleep.seconds");
        }
    }

    private static void Service(Check check, V1Service service)
    {
        var ports = service.Spec?.Ports ?? [];
        if (!check.Require(ports.Count > 0, "spec.ports"))
        {
            return;
        }
        foreach (var (port, i) in ports.Select((port, i) => (port, i)))
        {
            check.Require(port.Port is > 0 and < 65536, $"spec.ports[{i}].port from 1 to 65535");
            check.Require(ports.Count == 1 || !string.IsNullOrEmpty(port.Name), $"spec.ports[{i}].name (a Service with several ports names each)");
        }
        check.Require(ports.Select(p => p.Name).Distinct().Count() == ports.Count, "spec.ports: unique names");
    }

    private static void RoleBinding(Check check, V1RoleBinding binding)
    {
        var roleRef = binding.RoleRef;
        check.Require(roleRef is not null && !string.IsNullOrEmpty(roleRef.ApiGroup), "roleRef.apiGroup");
        check.Require(roleRef?.Kind is "Role" or "ClusterRole", "roleRef.kind (Role or ClusterRole)");
        check.Require(!string.IsNullOrEmpty(roleRef?.Name), "roleRef.name");
        check.Require(binding.Subjects is { Count: > 0 }, "subjects");
        foreach (var (subject, i) in (binding.Subjects ?? []).Select((subject, i) => (subject, i)))
        {
            check.Require(!string.IsNullOrEmpty(subject.Kind), $"subjects[{i}].kind");
            check.Require(!string.IsNullOrEmpty(subject.Name), $"subjects[{i}].name");
            check.Require(subject.Kind != "ServiceAccount" || !string.IsNullOrEmpty(subject.NamespaceProperty), $"subjects[{i}].namespace (of a ServiceAccount)");
        }
    }

    private static void Ingress(Check check, V1Ingress ingress)
    {
        var rules = ingress.Spec?.Rules ?? [];
        check.Require(rules.Count > 0 || ingress.Spec?.DefaultBackend is not null, "spec.rules or spec.defaultBackend");
        foreach (var (rule, i) in rules.Select((rule, i) => (rule, i)))
        {
            var paths = rule.Http?.Paths ?? [];
            check.Require(paths.Count > 0, $"spec.rules[{i}].http.paths");
            foreach (var (path, j) in paths.Select((path, j) => (path, j)))
            {
                var where = $"spec.rules[{i}].http.paths[{j}]";
                check.Require(path.PathType is not null && PathTypes.Contains(path.PathType), $"{where}.pathType (Exact, Prefix or ImplementationSpecific)");
                check.Require(path.Path?.StartsWith('/') == true, $"{where}.path starting with /");
                var service = path.Backend?.Service;
                check.Require(!string.IsNullOrEmpty(service?.Name), $"{where}.backend.service.name");
                check.Require(!string.IsNullOrEmpty(service?.Port?.Name) ^ (service?.Port?.Number is > 0), $"{where}.backend.service.port: a name or a number");
            }
        }
        foreach (var (tls, i) in (ingress.Spec?.Tls ?? []).Select((tls, i) => (tls, i)))
        {
            check.Require(tls.Hosts is { Count: > 0 }, $"spec.tls[{i}].hosts");
        }
    }

    private static void Selector(Check check, string where, V1LabelSelector? selector) =>
        check.Require(selector is not null && ((selector.MatchLabels?.Count ?? 0) + (selector.MatchExpressions?.Count ?? 0)) > 0, $"{where} (matchLabels or matchExpressions)");

    private sealed class Check(List<string> problems, string subject)
    {
        public bool Require(bool present, string what)
        {
            if (!present)
            {
                problems.Add($"{subject}: {what}");
            }
            return present;
        }
    }
}
