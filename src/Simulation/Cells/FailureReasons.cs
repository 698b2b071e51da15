namespace PracticePlatform.Simulation.Cells;

/// <summary>How many <see cref="FailureReason"/>s there are, as a constant for the tick's fixed-size tallies.</summary>
internal static class FailureReasons
{
    /// <summary>The last reason plus one; <c>FailureReasonsTests</c> checks it against the enum.</summary>
    public const int Count = (int)FailureReason.NoPorts + 1;
}
