using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// One resilience pipeline per target (a webhook URL, an SMTP relay): retries with exponential backoff around a
/// circuit breaker around a per-attempt timeout, all on the injected clock. Keyed per target so that one dead
/// target opens only its own circuit.
/// </summary>
public sealed class DeliveryPipelines(IOptions<NotificationOptions> options, TimeProvider timeProvider) : IDisposable
{
    private readonly NotificationOptions _options = options.Value;
    private readonly ResiliencePipelineRegistry<string> _registry = new();

    /// <summary>The pipeline of the target named <paramref name="targetKey"/>, made on first use.</summary>
    public ResiliencePipeline For(string targetKey) => _registry.GetOrAddPipeline(targetKey, Configure);

    /// <summary>
    /// Whether trying again may help: connection errors, timeouts and transient refusals. Permanent refusals,
    /// cancellation and an open circuit are final.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        TimeoutRejectedException => true,
        ExecutionRejectedException => false,
        OperationCanceledException => false,
        DeliveryException delivery => !delivery.IsPermanent,
        _ => true,
    };

    public void Dispose() => _registry.Dispose();

    private void Configure(ResiliencePipelineBuilder builder)
    {
        builder.TimeProvider = timeProvider;
        if (_options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e)),
                MaxRetryAttempts = _options.MaxAttempts - 1,
                Delay = _options.FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                // Deterministic delays: targets are few and independent, so synchronized retries are no herd.
                UseJitter = false,
            });
        }
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e)),
            // Open only when every try in the window failed: after CircuitFailureThreshold failures in a row.
            FailureRatio = 1.0,
            MinimumThroughput = _options.CircuitFailureThreshold,
            SamplingDuration = _options.CircuitSamplingDuration,
            BreakDuration = _options.CircuitBreakDuration,
        });
        builder.AddTimeout(_options.AttemptTimeout);
    }
}
