using PracticePlatform.Contracts.Faults;

namespace PracticePlatform.Grains.Faults;

/// <summary>A fault grain's persisted state.</summary>
public sealed class FaultState
{
    public FaultRecord? Record { get; set; }
}
