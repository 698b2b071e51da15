using System.Diagnostics.Metrics;
using PracticePlatform.Runtime.Activation;
using PracticePlatform.Runtime.Calls;

namespace PracticePlatform.Runtime.Metrics;

/// <summary>
/// The runtime's metrics under the meter <see cref="MeterName"/>, named after Orleans's (orleans-app-requests-latency
/// becomes practice-app-requests-latency and so on). Recording is skipped when nobody listens.
/// </summary>
public sealed class RuntimeInstruments : IDisposable
{
    /// <summary>The meter's name, for a <see cref="MeterListener"/> or an exporter.</summary>
    public const string MeterName = "PracticePlatform.Runtime";

    private readonly Meter _meter;
    private readonly Histogram<double> _requestLatency;
    private readonly Counter<long> _requestErrors;
    private readonly Counter<long> _requestTimeouts;
    private readonly Counter<long> _activationsCreated;
    private readonly Counter<long> _activationsRemoved;

    internal RuntimeInstruments(Func<IEnumerable<(string Type, int Count)>> activationCounts)
    {
        _meter = new Meter(MeterName);
        _requestLatency = _meter.CreateHistogram<double>("practice-app-requests-latency", "ms", "Grain call latency, by grain type and method.");
        _requestErrors = _meter.CreateCounter<long>("practice-app-requests-errors", "{call}", "Grain calls that ended in an exception.");
        _requestTimeouts = _meter.CreateCounter<long>("practice-app-requests-timedout", "{call}", "Grain calls whose response timed out.");
        _activationsCreated = _meter.CreateCounter<long>("practice-catalog-activation-created", "{activation}");
        _activationsRemoved = _meter.CreateCounter<long>("practice-catalog-deactivations", "{activation}");
        _meter.CreateObservableGauge(
            "practice-catalog-activations",
            () => activationCounts().Select(c => new Measurement<int>(c.Count, new KeyValuePair<string, object?>("type", c.Type))),
            "{activation}",
            "Live activations, by grain type.");
        StorageReadLatency = _meter.CreateHistogram<double>("practice-storage-read-latency", "ms");
        StorageWriteLatency = _meter.CreateHistogram<double>("practice-storage-write-latency", "ms");
        ReminderTardiness = _meter.CreateHistogram<double>("practice-reminders-tardiness", "ms", "How late reminder ticks are delivered.");
    }

    internal Histogram<double> StorageReadLatency { get; }

    internal Histogram<double> StorageWriteLatency { get; }

    internal Histogram<double> ReminderTardiness { get; }

    internal void OnCallCompleted(GrainActivation activation, IGrainRequest request, Task turn)
    {
        if (request is not IMeasuredRequest measured)
        {
            return;
        }
        if (_requestLatency.Enabled)
        {
            _requestLatency.Record(
                activation.Runtime.TimeProvider.GetElapsedTime(request.SentTimestamp).TotalMilliseconds,
                activation.Class.TypeTag,
                measured.MethodTag);
        }
        if (!turn.IsCompletedSuccessfully && _requestErrors.Enabled)
        {
            _requestErrors.Add(1, activation.Class.TypeTag, measured.MethodTag);
        }
    }

    internal void OnTimedOut(int count) => _requestTimeouts.Add(count);

    internal void OnActivationCreated(GrainClass grainClass) => _activationsCreated.Add(1, grainClass.TypeTag);

    internal void OnActivationRemoved(GrainClass grainClass, DeactivationReason reason) =>
        _activationsRemoved.Add(1, grainClass.TypeTag, new KeyValuePair<string, object?>("reason", reason.ToString()));

    public void Dispose() => _meter.Dispose();
}
