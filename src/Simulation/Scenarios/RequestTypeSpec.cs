using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// One kind of user request (GET object, checkout...): its rate per second, whether it writes, the services it
/// traverses in order, the client's timeout and how many times the client retries a failure. <see cref="SloMs"/>, when
/// set, is the p99 latency users tolerate: a minute slower than it counts as impact, as a minute of failures does.
/// </summary>
public sealed record RequestTypeSpec(
    string Id,
    double Rate,
    bool Write,
    ImmutableArray<string> Path,
    TimeSpan Timeout,
    int Retries,
    double? SloMs = null,
    TrafficShape? Shape = null);
