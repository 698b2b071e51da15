using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;
using Polly.Retry;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// The resilience pipelines of delivery, all on the injected clock: <see cref="Retry"/> (exponential backoff) runs
/// around each target's <see cref="ForTarget">attempt pipeline</see> (circuit breaker around a per-attempt timeout).
/// They are two pipelines rather than one so that an attempt's outcome is known, and recorded, only after the
/// target's circuit breaker has counted it. Attempt pipelines are keyed per target (a webhook URL, an SMTP relay),
/// so one dead target opens only its own circuit.
/// </summary>
public sealed class DeliveryPipelines : IDisposable
{
    private readonly NotificationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipelineRegistry<string> _targets = new();

    public DeliveryPipelines(IOptions<NotificationOptions> options, TimeProvider timeProvider)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        Retry = _options.MaxAttempts <= 1
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = timeProvider }
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e)),
                    MaxRetryAttempts = _options.MaxAttempts - 1,
                    Delay = _options.FirstRetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    // Deterministic delays: targets are few and independent, so synchronized retries make no herd.
                    UseJitter = false,
                })
                .Build();
    }

    /// <summary>Retries a failed attempt while <see cref="IsTransient"/>, waiting 1x, 2x, 4x... the first retry delay.</summary>
    public ResiliencePipeline Retry { get; }

    /// <summary>The attempt pipeline of the target named <paramref name="targetKey"/>, made on first use.</summary>
    public ResiliencePipeline ForTarget(string targetKey) => _targets.GetOrAddPipeline(targetKey, ConfigureAttempt);

    /// <summary>
    /// Whether trying again may help: connection errors, timeouts and transient refusals. Permanent refusals,
    /// cancellation and an open circuit are final; they do not count against the circuit either.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        Polly.Timeout.TimeoutRejectedException => true,
        ExecutionRejectedException => false,
        OperationCanceledException => false,
        DeliveryException delivery => !delivery.IsPermanent,
        _ => true,
    };

    public void Dispose() => _targets.Dispose();

    private void ConfigureAttempt(ResiliencePipelineBuilder builder)
    {
        builder.TimeProvider = _timeProvider;
        builder.AddCircuitBreaker(new Polly.CircuitBreaker.CircuitBreakerStrategyOptions
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
