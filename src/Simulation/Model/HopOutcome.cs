using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Model;

/// <summary>What a service did to the requests passing it this second.</summary>
internal struct HopOutcome
{
    public double FailShare;
    public FailureReason Reason;
    public double LatencyMs;
    public double TailMs;
}
