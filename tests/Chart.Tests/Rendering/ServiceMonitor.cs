using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace PracticePlatform.Chart.Tests.Rendering;

/// <summary>
/// The part of Prometheus Operator's ServiceMonitor (monitoring.coreos.com/v1) the chart renders; read strictly, so
/// a field the chart misspells fails the parse.
/// </summary>
public sealed class ServiceMonitor : IKubernetesObject<V1ObjectMeta>
{
    public const string ApiGroupVersion = "monitoring.coreos.com/v1";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public SpecFields Spec { get; set; } = new();

    public sealed class SpecFields
    {
        [JsonPropertyName("selector")]
        public V1LabelSelector Selector { get; set; } = new();

        [JsonPropertyName("namespaceSelector")]
        public NamespaceSelectorFields? NamespaceSelector { get; set; }

        [JsonPropertyName("endpoints")]
        public IList<Endpoint> Endpoints { get; set; } = [];
    }

    public sealed class NamespaceSelectorFields
    {
        [JsonPropertyName("matchNames")]
        public IList<string> MatchNames { get; set; } = [];
    }

    public sealed class Endpoint
    {
        [JsonPropertyName("port")]
        public string Port { get; set; } = "";

        [JsonPropertyName("path")]
        public string Path { get; set; } = "";

        [JsonPropertyName("interval")]
        public string? Interval { get; set; }

        [JsonPropertyName("scrapeTimeout")]
        public string? ScrapeTimeout { get; set; }

        [JsonPropertyName("authorization")]
        public Authorization? Authorization { get; set; }
    }

    public sealed class Authorization
    {
        [JsonPropertyName("type")]
        public string Type { get; set; } = "";

        [JsonPropertyName("credentials")]
        public V1SecretKeySelector Credentials { get; set; } = new();
    }
}
