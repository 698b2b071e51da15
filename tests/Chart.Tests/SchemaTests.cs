using PracticePlatform.Chart.Tests.Rendering;

namespace PracticePlatform.Chart.Tests;

/// <summary>values.schema.json turns a bad values file away before anything is rendered, naming what is wrong.</summary>
[Collection(ChartCollection.Name)]
public sealed class SchemaTests(ChartRenderer renderer)
{
    [Fact]
    public void AValueOfTheWrongType_IsRejected_NamingTheKey()
    {
        var result = renderer.Render("-f", "tests/Chart.Tests/values/invalid/wrong-type.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("values don't meet the specifications of the schema", result.Errors, StringComparison.Ordinal);
        Assert.Contains("at '/silo/replicas'", result.Errors, StringComparison.Ordinal);
        Assert.Contains("Expected: integer, given: string", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKey_IsRejected_NamingTheKey()
    {
        var result = renderer.Render("-f", "tests/Chart.Tests/values/invalid/unknown-key.yaml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("at '/silo/replica'", result.Errors, StringComparison.Ordinal);
        Assert.Contains("Additional property replica is not allowed", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notifications.smtp.security=Tls", "/notifications/smtp/security")]
    [InlineData("notifications.attemptTimeout=10s", "/notifications/attemptTimeout")]
    [InlineData("frontend.service.type=External", "/frontend/service/type")]
    [InlineData("orleans.clusterId=not a label", "/orleans/clusterId")]
    [InlineData("silo.replicas=0", "/silo/replicas")]
    public void AValueOutsideWhatTheCodeAccepts_IsRejected_NamingTheKey(string setting, string key)
    {
        var result = renderer.Render([.. ValueSet.Defaults.Arguments, "--set", setting]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"at '{key}'", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutPostgreSql_TheRenderFails_SayingWhatToSet()
    {
        var result = renderer.Render();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("postgresql.connectionString (or postgresql.existingSecret) is required", result.Errors, StringComparison.Ordinal);
    }
}
