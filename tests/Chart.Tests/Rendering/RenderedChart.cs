using k8s;
using k8s.Models;

namespace PracticePlatform.Chart.Tests.Rendering;

/// <summary>The chart rendered with one value set, read into Kubernetes's typed models (strictly: unknown fields fail).</summary>
public sealed class RenderedChart
{
    private static readonly Dictionary<string, Type> CustomTypes = new()
    {
        [$"{ServiceMonitor.ApiGroupVersion}/ServiceMonitor"] = typeof(ServiceMonitor),
    };

    private RenderedChart(ValueSet valueSet, string text, IReadOnlyList<IKubernetesObject<V1ObjectMeta>> objects)
    {
        ValueSet = valueSet;
        Text = text;
        Objects = objects;
    }

    public ValueSet ValueSet { get; }

    /// <summary>The renderer's output as it was printed.</summary>
    public string Text { get; }

    public IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Objects { get; }

    public V1Deployment Silos => Deployment("silo");

    public V1Deployment Frontends => Deployment("frontend");

    public IEnumerable<V1Deployment> Deployments => OfType<V1Deployment>();

    public IEnumerable<T> OfType<T>() => Objects.OfType<T>();

    /// <summary>The chart's own Secrets' values, decoded.</summary>
    public IEnumerable<string> SecretValues =>
        OfType<V1Secret>().SelectMany(secret => (secret.Data ?? new Dictionary<string, byte[]>()).Values)
            .Select(System.Text.Encoding.UTF8.GetString);

    public static RenderedChart Parse(ValueSet valueSet, string text)
    {
        var objects = KubernetesYaml.LoadAllFromString(text, CustomTypes, strict: true);
        return new RenderedChart(valueSet, text, objects.Cast<IKubernetesObject<V1ObjectMeta>>().ToList());
    }

    /// <summary>The Deployment of one component (label app.kubernetes.io/component).</summary>
    public V1Deployment Deployment(string component) =>
        Deployments.Single(deployment => deployment.Metadata.Labels["app.kubernetes.io/component"] == component);

    /// <summary>The one container of a component's pods.</summary>
    public V1Container Container(string component) => Assert.Single(Deployment(component).Spec.Template.Spec.Containers);

    public V1EnvVar? Env(string component, string name) => Container(component).Env?.SingleOrDefault(env => env.Name == name);
}
