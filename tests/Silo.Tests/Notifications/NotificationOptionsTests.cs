using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PracticePlatform.Silo.Notifications;

namespace PracticePlatform.Silo.Tests.Notifications;

/// <summary>Notification settings: the PRACTICE_SMTP shortcut and the refusal of settings that cannot work.</summary>
public sealed class NotificationOptionsTests
{
    [Theory]
    [InlineData("mail.internal:2525", "mail.internal", 2525)]
    [InlineData("mail.internal", "mail.internal", 25)]
    [InlineData("[::1]:2525", "::1", 2525)]
    [InlineData("::1", "::1", 25)]
    public void SmtpShortcut_SetsHostAndPort(string value, string host, int port)
    {
        var options = Read(new() { ["PRACTICE_SMTP"] = value });

        Assert.Equal((host, port), (options.SmtpHost, options.SmtpPort));
    }

    [Fact]
    public void SmtpShortcut_WinsOverTheSection()
    {
        var options = Read(new() { ["PRACTICE_SMTP"] = "relay:26", ["Practice:Notifications:SmtpHost"] = "other" });

        Assert.Equal(("relay", 26), (options.SmtpHost, options.SmtpPort));
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = Read([]);

        Assert.Null(options.SmtpHost);
        Assert.Equal((25, "practice@localhost", 4), (options.SmtpPort, options.From, options.MaxAttempts));
        Assert.Equal((TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10)), (options.FirstRetryDelay, options.AttemptTimeout));
        Assert.Equal((5, TimeSpan.FromSeconds(30)), (options.CircuitFailureThreshold, options.CircuitBreakDuration));
        Assert.Equal(SmtpSecurity.Auto, options.SmtpSecurity);
        Assert.Equal((null, null, null), (options.SmtpUsername, options.SmtpPassword, options.SmtpCertificateAuthority));
    }

    [Fact]
    public void RelaySecurity_AndLogin_AreReadFromTheSection_BesideTheShortcut()
    {
        var options = Read(new()
        {
            ["PRACTICE_SMTP"] = "smtp.corp.example:587",
            ["Practice:Notifications:SmtpSecurity"] = "StartTls",
            ["Practice:Notifications:SmtpUsername"] = "practice-platform",
            ["Practice:Notifications:SmtpPassword"] = "from-a-secret",
            ["Practice:Notifications:SmtpCertificateAuthority"] = "/etc/practice/relay-ca.pem",
        });

        Assert.Equal(("smtp.corp.example", 587, SmtpSecurity.StartTls), (options.SmtpHost, options.SmtpPort, options.SmtpSecurity));
        Assert.Equal(("practice-platform", "from-a-secret"), (options.SmtpUsername, options.SmtpPassword));
        Assert.Equal("/etc/practice/relay-ca.pem", options.SmtpCertificateAuthority);
    }

    [Fact]
    public void UsernameWithoutPassword_IsRefused()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Read(new() { ["Practice:Notifications:SmtpUsername"] = "practice-platform" }));

        Assert.Contains("SmtpUsername and SmtpPassword", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SmtpShortcut_WithABadPort_IsRefused()
    {
        Assert.Throws<FormatException>(() => Read(new() { ["PRACTICE_SMTP"] = "relay:99999" }));
    }

    [Fact]
    public void SettingsThatCannotWork_AreRefusedNamingTheSetting()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Read(new() { ["Practice:Notifications:MaxAttempts"] = "0" }));

        Assert.Contains("MaxAttempts", failure.Message, StringComparison.Ordinal);
    }

    private static NotificationOptions Read(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var provider = new ServiceCollection().AddLogging().AddPracticeNotifications(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<NotificationOptions>>().Value;
    }
}
