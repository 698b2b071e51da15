using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Model;

/// <summary>Per request type: this second's outcome and the smoothed view alarms and charts use.</summary>
internal sealed class RequestTypeState
{
    public readonly long[] FailedByReason = new long[FailureReasons.Count];
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

    public void Write(SnapshotWriter writer)
    {
        writer.Write(FailedByReason);
        writer.Write(Attempted);
        writer.Write(Failed);
        writer.Write(Load);
        writer.Write(P50);
        writer.Write(P95);
        writer.Write(P99);
        writer.Write(AttemptFailShare);
        writer.Write(RetriesOverride);
        writer.Write(SmoothedFailShare);
        writer.Write(SmoothedP99);
        writer.Write(RateFactor);
    }

    public void Read(SnapshotReader reader)
    {
        reader.Into(FailedByReason);
        Attempted = reader.Long();
        Failed = reader.Long();
        Load = reader.Double();
        P50 = reader.Double();
        P95 = reader.Double();
        P99 = reader.Double();
        AttemptFailShare = reader.Double();
        RetriesOverride = reader.Int();
        SmoothedFailShare = reader.Double();
        SmoothedP99 = reader.Double();
        RateFactor = reader.Double();
    }
}
