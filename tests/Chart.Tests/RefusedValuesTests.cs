using PracticePlatform.Chart.Tests.Rendering;

namespace PracticePlatform.Chart.Tests;

/// <summary>
/// Values the schema cannot judge alone, which would install pods that never start or settings nobody uses: the
/// chart stops (exit 1, nothing rendered) with a message naming the values to fix.
/// </summary>
[Collection(ChartCollection.Name)]
public sealed class RefusedValuesTests(ChartRenderer renderer)
{
    [Fact]
    public void AnExistingServiceAccount_MustBeNamed()
    {
        var result = renderer.Render([.. ValueSet.Defaults.Arguments, "--set", "serviceAccount.create=false"]);

        AssertRefused(result, "serviceAccount.name is required when serviceAccount.create=false");
    }

    [Theory]
    // The silos refuse to start on either ("SmtpUsername and SmtpPassword must be set together").
    [InlineData("notifications.smtp.host=smtp.example,notifications.smtp.username=practice", "notifications.smtp.username is set without a password")]
    [InlineData("notifications.smtp.host=smtp.example,notifications.smtp.password=secret", "without notifications.smtp.username")]
    [InlineData("notifications.smtp.host=smtp.example,notifications.smtp.existingSecret=practice-smtp", "without notifications.smtp.username")]
    // Nothing would use these without a relay.
    [InlineData("notifications.smtp.password=secret", "notifications.smtp.host is empty")]
    [InlineData("notifications.smtp.username=practice,notifications.smtp.existingSecret=practice-smtp", "notifications.smtp.host is empty")]
    [InlineData("notifications.smtp.certificateAuthority.existingSecret=corp-root-ca", "notifications.smtp.host is empty")]
    public void SmtpSettings_TheSilosWouldRefuseOrIgnore_StopTheRender(string settings, string problem)
    {
        var result = renderer.Render([.. ValueSet.Defaults.Arguments, "--set", settings]);

        AssertRefused(result, problem);
    }

    [Fact]
    public void SmtpCredentialsGivenTogether_WithAHost_Render()
    {
        var result = renderer.Render([.. ValueSet.Defaults.Arguments, "--set", "notifications.smtp.host=smtp.example,notifications.smtp.username=practice,notifications.smtp.password=secret"]);

        Assert.True(result.ExitCode == 0, result.Errors);
    }

    private static void AssertRefused(RenderResult result, string problem)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains(problem, result.Errors, StringComparison.Ordinal);
    }
}
