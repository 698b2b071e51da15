using System.Text.Json;
using System.Text.RegularExpressions;
using PracticePlatform.Chart.Tests.Rendering;
using PracticePlatform.Silo.Notifications;

namespace PracticePlatform.Chart.Tests;

/// <summary>
/// values.schema.json turns a bad values file away before anything is rendered, naming the key that is wrong. Only
/// the exit code and the key's JSON path are checked: the wording is the renderer's schema library's (gojsonschema),
/// and helm's own differs (helm 3.17 and older say "silo.replicas: Invalid type. Expected: integer, given: string",
/// later ones "at '/silo/replicas': got string, want integer").
/// </summary>
[Collection(ChartCollection.Name)]
public sealed class SchemaTests(ChartRenderer renderer)
{
    [Fact]
    public void AValueOfTheWrongType_IsRejected_NamingTheKey()
    {
        var result = renderer.Render("-f", "tests/Chart.Tests/values/invalid/wrong-type.yaml");

        AssertRejected(result, "/silo/replicas");
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void AnUnknownKey_IsRejected_NamingTheKey()
    {
        var result = renderer.Render("-f", "tests/Chart.Tests/values/invalid/unknown-key.yaml");

        AssertRejected(result, "/silo/replica");
    }

    [Theory]
    [InlineData("notifications.smtp.security=Tls", "/notifications/smtp/security")]
    [InlineData("notifications.smtp.certificateAuthority.key=ca/crt", "/notifications/smtp/certificateAuthority/key")]
    [InlineData("notifications.smtp.certificateAuthority.file=/etc/ca.pem", "/notifications/smtp/certificateAuthority/file")]
    [InlineData("notifications.attemptTimeout=10s", "/notifications/attemptTimeout")]
    [InlineData("frontend.service.type=External", "/frontend/service/type")]
    [InlineData("orleans.clusterId=not a label", "/orleans/clusterId")]
    [InlineData("silo.replicas=0", "/silo/replicas")]
    public void AValueOutsideWhatTheCodeAccepts_IsRejected_NamingTheKey(string setting, string key)
    {
        var result = renderer.Render([.. ValueSet.Defaults.Arguments, "--set", setting]);

        AssertRejected(result, key);
    }

    /// <summary>A parent chart's global values reach every subchart; a schema closed at the root must let them in.</summary>
    [Fact]
    public void AParentChartsGlobalValues_AreAccepted()
    {
        var result = renderer.Render([.. ValueSet.Defaults.Arguments, "--set", "global.imageRegistry=registry.example.com,global.storageClass=fast"]);

        Assert.True(result.ExitCode == 0, result.Errors);
    }

    [Fact]
    public void SmtpSecurity_AllowsExactlyTheModesTheCodeKnows()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(ChartRenderer.ChartFolder, "values.schema.json")));
        var security = schema.RootElement.GetProperty("properties").GetProperty("notifications").GetProperty("properties")
            .GetProperty("smtp").GetProperty("properties").GetProperty("security");

        Assert.Equal(Enum.GetNames<SmtpSecurity>().Order(), security.GetProperty("enum").EnumerateArray().Select(value => value.GetString()!).Order());
    }

    [Fact]
    public void WithoutPostgreSql_TheRenderFails_SayingWhatToSet()
    {
        var result = renderer.Render();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("postgresql.connectionString (or postgresql.existingSecret) is required", result.Errors, StringComparison.Ordinal);
    }

    /// <summary>The render failed (exit 1, nothing printed on stdout) naming the key by its JSON path.</summary>
    private static void AssertRejected(RenderResult result, string key)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        // The path as a whole: /silo/replica is not named by a message about /silo/replicas.
        Assert.Matches(new Regex($"{Regex.Escape(key)}(?![A-Za-z0-9_/])"), result.Errors);
    }
}
