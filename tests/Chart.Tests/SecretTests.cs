using k8s;
using k8s.Models;
using PracticePlatform.Chart.Tests.Rendering;

namespace PracticePlatform.Chart.Tests;

/// <summary>The connection string, admin token and SMTP password live in Secrets and reach pods only by reference.</summary>
[Collection(ChartCollection.Name)]
public sealed class SecretTests(ChartRenderer renderer)
{
    private static readonly string[] SecretVariables = ["PRACTICE_POSTGRES", "PRACTICE_ADMIN_TOKEN", "Practice__Notifications__SmtpPassword"];

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void SecretValues_AppearNowhereButInSecrets(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        Assert.Empty(chart.OfType<V1ConfigMap>());
        var secrets = chart.SecretValues.ToList();
        foreach (var item in chart.Objects.Where(item => item is not V1Secret))
        {
            var text = KubernetesYaml.Serialize(item);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void SecretVariables_ComeFromAKeyOfARenderedOrExistingSecret(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        var rendered = chart.OfType<V1Secret>().ToDictionary(secret => secret.Metadata.Name, secret => secret.Data.Keys.ToArray());
        var available = rendered.Concat(chart.ValueSet.ExistingSecrets).ToDictionary();
        var references = chart.Deployments.SelectMany(d => d.Spec.Template.Spec.Containers).SelectMany(c => c.Env)
            .Where(env => SecretVariables.Contains(env.Name))
            .ToList();

        Assert.Contains(references, env => env.Name == "PRACTICE_POSTGRES");
        Assert.All(references, env =>
        {
            Assert.Null(env.Value);
            var reference = env.ValueFrom?.SecretKeyRef;
            Assert.NotNull(reference);
            Assert.True(available.TryGetValue(reference.Name, out var keys), $"{env.Name} reads Secret {reference.Name}, which is neither rendered nor given.");
            Assert.Contains(reference.Key, keys);
        });
        // Every Secret the chart renders is read by someone.
        Assert.All(rendered, secret => Assert.All(secret.Value, key => Assert.Contains(references, env => env.ValueFrom.SecretKeyRef.Name == secret.Key && env.ValueFrom.SecretKeyRef.Key == key)));
    }

    [Fact]
    public void WithEveryValueInExistingSecrets_TheChartRendersNoSecretOfItsOwn()
    {
        var chart = renderer.Rendered(ValueSet.ExistingSecretsOnly);

        Assert.Empty(chart.OfType<V1Secret>());
        Assert.Equal(("practice-db", "connection"), Reference(chart, "silo", "PRACTICE_POSTGRES"));
        Assert.Equal(("practice-admin", "token"), Reference(chart, "frontend", "PRACTICE_ADMIN_TOKEN"));
        Assert.Equal(("practice-smtp", "password"), Reference(chart, "silo", "Practice__Notifications__SmtpPassword"));
    }

    [Fact]
    public void GivenValues_AreKeptInTheChartsSecret()
    {
        var chart = renderer.Rendered(ValueSet.IngressAndServiceMonitor);

        var secret = Assert.Single(chart.OfType<V1Secret>());
        Assert.Equal("Opaque", secret.Type);
        Assert.Equal("ingress-test-admin-token", Decoded(secret, "admin-token"));
        Assert.Equal("ingress-test-smtp-password", Decoded(secret, "smtp-password"));
        Assert.Contains("Password=ingress-test-password", Decoded(secret, "postgres-connection-string"), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAnAdminToken_TheChartGeneratesALongRandomOne()
    {
        var first = Decoded(Assert.Single(renderer.Rendered(ValueSet.Defaults).OfType<V1Secret>()), "admin-token");
        var second = Decoded(Assert.Single(RenderedChart.Parse(ValueSet.Defaults, renderer.Render(ValueSet.Defaults.Arguments).Output).OfType<V1Secret>()), "admin-token");

        Assert.True(first.Length >= 32, "A generated admin token is too short to resist guessing.");
        Assert.All(first, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
        // Plain renders do not see the installed Secret (helm upgrade does, through lookup, and keeps the token).
        Assert.NotEqual(first, second);
    }

    private static (string Name, string Key) Reference(RenderedChart chart, string component, string variable)
    {
        var reference = chart.Env(component, variable)?.ValueFrom?.SecretKeyRef;
        Assert.NotNull(reference);
        return (reference.Name, reference.Key);
    }

    private static string Decoded(V1Secret secret, string key) => System.Text.Encoding.UTF8.GetString(secret.Data[key]);
}
