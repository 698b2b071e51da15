using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Model;

/// <summary>Per request type: this second's outcome and the smoothed view alarms and charts use.</summary>
internal sealed class RequestTypeState
{
    public readonly long[] FailedByReason = new long[Enum.GetValues<FailureReason>().Length];
    public long Attempted;
    public long Failed;
    public double Load;
    public double P50;
    public double P95;
    public double P99;
    public double AttemptFailShare;
    public int RetriesOverride = -1;
    public double SmoothedFailShare;
    public double SmoothedP99;
    public double RateFactor = 1;
}
