using System.Collections.Immutable;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Grains.Notifications;
using PracticePlatform.Silo.Hosting;
using PracticePlatform.Silo.Notifications;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Notifications;

/// <summary>
/// A real Orleans silo on memory storage, wired as in production (<c>AddPracticeSilo</c>), whose notification
/// dispatcher runs on a manual clock, with a <see cref="DeliveryLogWatcher"/> to wait on. Settings are <c>Practice:Notifications:*</c> keys without the prefix.
/// </summary>
public sealed class NotificationSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly List<IHostedService> _started = [];

    private NotificationSilo(IHost host, ManualTimeProvider clock, DeliveryLogWatcher watcher)
    {
        _host = host;
        Clock = clock;
        Watcher = watcher;
    }

    public ManualTimeProvider Clock { get; }

    public DeliveryLogWatcher Watcher { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public INotificationPublisher Publisher => _host.Services.GetRequiredService<INotificationPublisher>();

    public NotificationDispatcher Dispatcher => _host.Services.GetRequiredService<NotificationDispatcher>();

    /// <summary>
    /// Starts a silo. <paramref name="settings"/> are notification settings (e.g. <c>MaxAttempts</c>); other keys
    /// (e.g. <c>PRACTICE_SMTP</c>) go in as they are. With <paramref name="startDispatcher"/> false, the dispatcher
    /// queues but does not deliver until <see cref="StartDispatcherAsync"/>.
    /// </summary>
    public static async Task<NotificationSilo> StartAsync(IReadOnlyDictionary<string, string?> settings, bool startDispatcher = true)
    {
        var values = new Dictionary<string, string?> { ["PRACTICE_STORAGE"] = "memory" };
        foreach (var (key, value) in settings)
        {
            values[key.StartsWith("PRACTICE_", StringComparison.Ordinal) ? key : $"{NotificationOptions.Section}:{key}"] = value;
        }
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(values);
        var clock = new ManualTimeProvider();
        var watcher = new DeliveryLogWatcher();
        builder.Services.AddSingleton<IIncomingGrainCallFilter>(watcher);
        // Only the dispatcher runs on the manual clock: its retry and timeout timers are what these tests step through.
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<NotificationDispatcher>(sp, (TimeProvider)clock));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DeliveryPipelines>(sp, (TimeProvider)clock));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<EmailSender>(sp, (TimeProvider)clock));
        builder.AddPracticeSilo();
        var silo = new NotificationSilo(builder.Build(), clock, watcher);
        foreach (var service in silo._host.Services.GetServices<IHostedService>())
        {
            if (startDispatcher || service is not NotificationDispatcher)
            {
                await silo.StartAsync(service);
            }
        }
        return silo;
    }

    /// <summary>Starts the dispatcher of a silo started without it.</summary>
    public Task StartDispatcherAsync() => StartAsync(Dispatcher);

    /// <summary>A notification of <paramref name="session"/> to the given targets.</summary>
    public Notification Notification(Guid session, long sequence, string[]? webhooks = null, string[]? emails = null,
        NotificationKind kind = NotificationKind.Alarm, string title = "Checkout errors above 5%", string text = "Error rate 12% on POST /checkout.") =>
        new(session, sequence, kind, title, text, Clock.GetUtcNow(), 120 + sequence,
            new NotificationTargets([.. webhooks ?? []], [.. emails ?? []]));

    /// <summary>The session's delivery log as the grain keeps it.</summary>
    public Task<ImmutableArray<DeliveryAttempt>> DeliveryLogAsync(Guid session) => Grains.GetGrain<IDeliveryLogGrain>(session).ListAsync();

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        foreach (var service in Enumerable.Reverse(_started))
        {
            await service.StopAsync(stopping.Token);
        }
        _host.Dispose();
    }

    private async Task StartAsync(IHostedService service)
    {
        await service.StartAsync(CancellationToken.None);
        _started.Add(service);
    }
}
