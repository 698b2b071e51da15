using PracticePlatform.Chart.Tests.Rendering;
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
        var notes = Notes(ValueSet.Defaults.Arguments);

        Assert.Contains($"kubectl port-forward -n {ChartRenderer.Namespace} svc/{service.Metadata.Name} 8080:80", notes, StringComparison.Ordinal);
        var secret = Assert.Single(chart.OfType<V1Secret>());
        Assert.Contains($"kubectl get secret -n {ChartRenderer.Namespace} {secret.Metadata.Name} -o jsonpath='{{.data.admin-token}}' | base64 -d", notes, StringComparison.Ordinal);
        Assert.Contains("The token was generated at install", notes, StringComparison.Ordinal);
        Assert.Contains("/dashboard", notes, StringComparison.Ordinal);
        Assert.Contains($"helm upgrade {ChartRenderer.ReleaseName} <chart> -n {ChartRenderer.Namespace} --reuse-values", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void BehindAnIngress_TheNotesGiveItsAddress_InsteadOfAPortForward()
    {
        var notes = Notes(ValueSet.IngressAndServiceMonitor.Arguments);

        Assert.Contains("https://practice.test.example/", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("port-forward", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("generated at install", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAnExistingAdminTokenSecret_TheNotesReadThatSecretsKey()
    {
        var notes = Notes(ValueSet.ExistingSecretsOnly.Arguments);

        Assert.Contains($"kubectl get secret -n {ChartRenderer.Namespace} practice-admin -o jsonpath='{{.data.token}}' | base64 -d", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("generated at install", notes, StringComparison.Ordinal);
    }

    /// <summary>kubectl's jsonpath reads an unescaped dot in a key as a step into a child field.</summary>
    [Fact]
    public void AnAdminTokenKeyWithDots_IsEscapedInTheJsonPath()
    {
        var notes = Notes([.. ValueSet.ExistingSecretsOnly.Arguments, "--set", "adminToken.existingSecretKey=admin.token.txt"]);

        Assert.Contains(@"-o jsonpath='{.data.admin\.token\.txt}'", notes, StringComparison.Ordinal);
    }

    private string Notes(string[] arguments)
    {
        var result = renderer.Render([.. arguments, "--notes"]);
        Assert.True(result.ExitCode == 0, result.Errors);
        return result.Output[result.Output.IndexOf("# Source: practice-platform/templates/NOTES.txt", StringComparison.Ordinal)..];
    }
}
