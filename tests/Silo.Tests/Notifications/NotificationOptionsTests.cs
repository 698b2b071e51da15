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
