using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Grains.Notifications;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// Delivers published notifications in the background. <see cref="Publish"/> only queues (a bounded queue: when it
/// is full the notification is dropped and logged, the publisher is never held up). The loop hands every target of a
/// notification (each webhook, and one email to all addresses) to its own delivery, at most
/// <see cref="NotificationOptions.MaxConcurrentDeliveries"/> at once; each goes through its target's resilience
/// pipeline, and every attempt is recorded in the session's <see cref="IDeliveryLogGrain"/>. A dead target holds one
/// delivery slot while it retries, and once its circuit opens it fails fast, so other targets and sessions go on.
/// Queued notifications live in memory only: a restart loses them.
/// </summary>
public sealed partial class NotificationDispatcher : BackgroundService, INotificationPublisher
{
    // Details land in the delivery log and in the UI: a reason, not a stack trace or a whole error page.
    private const int MaxDetail = 500;

    private readonly NotificationOptions _options;
    private readonly IGrainFactory _grains;
    private readonly WebhookSender _webhooks;
    private readonly EmailSender _email;
    private readonly DeliveryPipelines _pipelines;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<NotificationDispatcher> _logger;
    private readonly Channel<Notification> _queue;
    private readonly SemaphoreSlim _slots;
    private long _dropped;
    private long _delivered;
    private long _gaveUp;

    public NotificationDispatcher(
        IOptions<NotificationOptions> options,
        IGrainFactory grains,
        WebhookSender webhooks,
        EmailSender email,
        DeliveryPipelines pipelines,
        TimeProvider timeProvider,
        ILogger<NotificationDispatcher> logger)
    {
        _options = options.Value;
        _grains = grains;
        _webhooks = webhooks;
        _email = email;
        _pipelines = pipelines;
        _timeProvider = timeProvider;
        _logger = logger;
        _queue = Channel.CreateBounded<Notification>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            // Wait mode makes TryWrite answer false when full, which is the moment to drop and log.
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _slots = new SemaphoreSlim(_options.MaxConcurrentDeliveries, _options.MaxConcurrentDeliveries);
    }

    /// <summary>How many notifications were dropped because the queue was full (or the dispatcher had stopped).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Deliveries that reached their target since this process started.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Deliveries given up after their last attempt since this process started.</summary>
    public long GaveUp => Interlocked.Read(ref _gaveUp);

    public void Publish(Notification notification)
    {
        try
        {
            if (notification?.Targets is not { IsEmpty: false })
            {
                return;
            }
            if (!_queue.Writer.TryWrite(notification))
            {
                Interlocked.Increment(ref _dropped);
                LogDropped(notification.SessionId, notification.Sequence, _options.QueueCapacity);
            }
        }
        catch (Exception e)
        {
            // Publishing must never fail the session that published.
            LogPublishFailed(e);
        }
    }

    /// <summary>
    /// A graceful stop first closes the queue and lets what was already published go out (queued and in-flight
    /// deliveries), for at most <see cref="NotificationOptions.DrainTimeout"/> of real time; only then are the rest
    /// abandoned. A crash still loses what was queued: the timeline keeps every entry, the queue is not durable.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } loop)
        {
            using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            grace.CancelAfter(_options.DrainTimeout);
            try
            {
                await loop.WaitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Out of grace: the base stop cancels what is left.
            }
        }
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var notification in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var deliveries = Plan(notification);
                var settlement = new Settlement(deliveries.Count);
                if (deliveries.Count == 0)
                {
                    await SettleAsync(notification).ConfigureAwait(false);
                }
                foreach (var delivery in deliveries)
                {
                    await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                    // On the pool: whatever a sender does before its first await must not hold up this loop.
                    _ = Task.Run(() => DeliverAsync(delivery, settlement, stoppingToken), CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        _queue.Writer.TryComplete();
        // Deliveries in flight saw the same token; each gives its slot back once it has wound down.
        for (var i = 0; i < _options.MaxConcurrentDeliveries; i++)
        {
            await _slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The deliveries of one notification; a notification that cannot be planned is logged and skipped, never fatal to the loop.</summary>
    private List<Delivery> Plan(Notification notification)
    {
        try
        {
            return [.. Deliveries(notification)];
        }
        catch (Exception e)
        {
            LogUnplannable(e, notification.SessionId, notification.Sequence);
            return [];
        }
    }

    private IEnumerable<Delivery> Deliveries(Notification notification)
    {
        var webhooks = notification.Targets.Webhooks.IsDefault ? [] : notification.Targets.Webhooks;
        foreach (var url in webhooks.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct(StringComparer.Ordinal))
        {
            yield return new Delivery(notification, DeliveryOutcomes.WebhookChannel, url, $"webhook {url}",
                token => _webhooks.SendAsync(url, notification, token));
        }
        var recipients = EmailSender.Recipients(notification);
        if (recipients.Count > 0)
        {
            // One circuit per relay: when the relay is down, it is down for every session.
            yield return new Delivery(notification, DeliveryOutcomes.EmailChannel, string.Join(", ", recipients), $"smtp {_email.Relay}",
                token => _email.SendAsync(notification, token));
        }
    }

    private async Task DeliverAsync(Delivery delivery, Settlement settlement, CancellationToken stoppingToken)
    {
        var attempts = 0;
        var settled = true;
        var target = _pipelines.ForTarget(delivery.CircuitKey);
        try
        {
            await _pipelines.Retry.ExecuteAsync(
                async token =>
                {
                    var attempt = ++attempts;
                    var at = _timeProvider.GetUtcNow();
                    try
                    {
                        await target.ExecuteAsync(attemptToken => new ValueTask(delivery.Send(attemptToken)), token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                    {
                        // Recorded once the target's circuit breaker has counted it: the log never runs ahead of the circuit.
                        var (outcome, detail) = Outcome(e);
                        await RecordAsync(delivery, attempt, at, outcome, detail).ConfigureAwait(false);
                        throw;
                    }
                    await RecordAsync(delivery, attempt, at, DeliveryOutcomes.Delivered, null).ConfigureAwait(false);
                    Interlocked.Increment(ref _delivered);
                },
                stoppingToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            LogCircuitOpen(delivery.Notification.SessionId, delivery.Notification.Sequence, delivery.Channel, Redact(delivery));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Not settled: the session's outbox keeps it and publishes it again after the restart.
            settled = false;
            LogAbandoned(delivery.Notification.SessionId, delivery.Notification.Sequence, delivery.Channel, Redact(delivery));
        }
        catch (Exception e)
        {
            // Every attempt is already in the delivery log; this is the final word for the operator's log.
            Interlocked.Increment(ref _gaveUp);
            LogGaveUp(e, delivery.Notification.SessionId, delivery.Notification.Sequence, delivery.Channel, Redact(delivery), attempts);
        }
        finally
        {
            _slots.Release();
        }
        if (settled && settlement.DeliveryEnded())
        {
            await SettleAsync(delivery.Notification).ConfigureAwait(false);
        }
    }

    /// <summary>Tells the publishing session that every delivery of the notification has ended, so its outbox lets it go.</summary>
    private async Task SettleAsync(Notification notification)
    {
        try
        {
            await _grains.GetGrain<INotificationSource>(notification.SessionId).NotificationSettledAsync(notification.Sequence).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The outbox keeps it: at worst it goes out once more after a restart.
            LogSettleFailed(e, notification.SessionId, notification.Sequence);
        }
    }

    /// <summary>Counts down the deliveries of one notification.</summary>
    private sealed class Settlement(int deliveries)
    {
        private int _remaining = deliveries;

        public bool DeliveryEnded() => Interlocked.Decrement(ref _remaining) == 0;
    }

    private (string Outcome, string Detail) Outcome(Exception exception) => exception switch
    {
        TimeoutRejectedException => (DeliveryOutcomes.Timeout, $"No answer within {_options.AttemptTimeout}."),
        BrokenCircuitException { RetryAfter: { } retryAfter } => (DeliveryOutcomes.CircuitOpen,
            $"Not tried: the target's circuit is open after failures in a row, for {retryAfter:g} more."),
        BrokenCircuitException => (DeliveryOutcomes.CircuitOpen, "Not tried: the target's circuit is open after failures in a row."),
        _ => (DeliveryOutcomes.Failed, Describe(exception)),
    };

    private async Task RecordAsync(Delivery delivery, int attempt, DateTimeOffset at, string outcome, string? detail)
    {
        var notification = delivery.Notification;
        try
        {
            await _grains.GetGrain<IDeliveryLogGrain>(notification.SessionId).RecordAsync(
                new DeliveryAttempt(notification.Sequence, delivery.Channel, delivery.Target, attempt, at, outcome, detail)).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The delivery itself must go on; losing one log line is the lesser harm.
            LogRecordFailed(e, notification.SessionId, notification.Sequence, delivery.Channel, attempt, outcome);
        }
    }

    private static string Describe(Exception exception)
    {
        var detail = exception switch
        {
            DeliveryException => exception.Message,
            HttpRequestException http => $"HTTP request failed: {http.Message}",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        detail = PracticeWording.SingleLine(detail);
        return detail.Length <= MaxDetail ? detail : string.Concat(detail.AsSpan(0, MaxDetail), "…");
    }

    private static string Redact(Delivery delivery) =>
        delivery.Channel == DeliveryOutcomes.WebhookChannel ? WebhookSender.Redact(delivery.Target) : delivery.Target;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped notification {Sequence} of session {SessionId}: the delivery queue is full ({Capacity}).")]
    private partial void LogDropped(Guid sessionId, long sequence, int capacity);

    [LoggerMessage(Level = LogLevel.Error, Message = "Skipped notification {Sequence} of session {SessionId}: its targets could not be read.")]
    private partial void LogUnplannable(Exception exception, Guid sessionId, long sequence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not queue a notification.")]
    private partial void LogPublishFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Sequence} of session {SessionId} not sent by {Channel} to {Target}: its circuit is open.")]
    private partial void LogCircuitOpen(Guid sessionId, long sequence, string channel, string target);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery of notification {Sequence} of session {SessionId} by {Channel} to {Target} abandoned at shutdown.")]
    private partial void LogAbandoned(Guid sessionId, long sequence, string channel, string target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up delivering notification {Sequence} of session {SessionId} by {Channel} to {Target} after {Attempts} attempts.")]
    private partial void LogGaveUp(Exception exception, Guid sessionId, long sequence, string channel, string target, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record attempt {Attempt} ({Outcome}) of notification {Sequence} of session {SessionId} by {Channel}.")]
    private partial void LogRecordFailed(Exception exception, Guid sessionId, long sequence, string channel, int attempt, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell session {SessionId} that notification {Sequence} settled; it may go out again after a restart.")]
    private partial void LogSettleFailed(Exception exception, Guid sessionId, long sequence);

    /// <summary>One notification to one target: what to record it as, which circuit it goes through, how to send it.</summary>
    private sealed record Delivery(Notification Notification, string Channel, string Target, string CircuitKey, Func<CancellationToken, Task> Send);
}
