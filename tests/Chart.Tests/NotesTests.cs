using PracticePlatform.Chart.Tests.Rendering;
using PracticePlatform.Silo.Security;
using k8s.Models;

namespace PracticePlatform.Chart.Tests;

/// <summary>What helm prints after an install: commands that work against what the chart rendered.</summary>
[Collection(ChartCollection.Name)]
public sealed class NotesTests(ChartRenderer renderer)
{
    [Fact]
    public void TheNotes_SayHowToReachTheConsoleAndGetTheAdminToken()
    {
        var chart = renderer.Rendered(ValueSet.Defaults);
        var service = chart.OfType<V1Service>().Single(s => ObjectsTests.Selects(s.Spec.Selector, chart.Frontends.Spec.Template.Metadata.Labels));
        var result = renderer.Render([.. ValueSet.Defaults.Arguments, "--notes"]);

        Assert.Equal(0, result.ExitCode);
        var notes = result.Output[result.Output.IndexOf("# Source: practice-platform/templates/NOTES.txt", StringComparison.Ordinal)..];
        Assert.Contains($"kubectl port-forward -n {ChartRenderer.Namespace} svc/{service.Metadata.Name} 8080:80", notes, StringComparison.Ordinal);
        var secret = Assert.Single(chart.OfType<V1Secret>());
        Assert.Contains($"kubectl get secret -n {ChartRenderer.Namespace} {secret.Metadata.Name} -o jsonpath='{{.data.admin-token}}' | base64 -d", notes, StringComparison.Ordinal);
        Assert.Contains("/dashboard", notes, StringComparison.Ordinal);
    }
}
