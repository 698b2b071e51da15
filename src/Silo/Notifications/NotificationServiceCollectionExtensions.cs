using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PracticePlatform.Grains.Notifications;

namespace PracticePlatform.Silo.Notifications;

/// <summary>Wires outbound notification delivery (webhooks and email) into a silo.</summary>
public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="NotificationDispatcher"/> as the <see cref="INotificationPublisher"/> and as a hosted
    /// service (one instance), configured from <see cref="NotificationOptions.Section"/> and <c>PRACTICE_SMTP</c>.
    /// </summary>
    public static IServiceCollection AddPracticeNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.Section))
            .PostConfigure(options =>
            {
                if (configuration["PRACTICE_SMTP"] is { Length: > 0 } smtp)
                {
                    options.UseSmtpShortcut(smtp);
                }
            });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, OptionsCheck>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(WebhookSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // Not followed: a redirect would carry the message (and the URL's secret) somewhere else.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The factory's loggers would write each webhook URL, whose path is the webhook's secret.
            .RemoveAllLoggers();
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<EmailSender>();
        services.TryAddSingleton<DeliveryPipelines>();
        services.TryAddSingleton<NotificationDispatcher>();
        services.TryAddSingleton<INotificationPublisher>(sp => sp.GetRequiredService<NotificationDispatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        return services;
    }

    /// <summary>Refuses settings the pipelines or the queue cannot work with, naming the setting.</summary>
    private sealed class OptionsCheck : IValidateOptions<NotificationOptions>
    {
        public ValidateOptionsResult Validate(string? name, NotificationOptions options) =>
            options.Problem() is { } problem
                ? ValidateOptionsResult.Fail($"{NotificationOptions.Section}: {problem}")
                : ValidateOptionsResult.Success;
    }
}
