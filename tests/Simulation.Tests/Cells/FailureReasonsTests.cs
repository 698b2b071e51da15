using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Cells;

/// <summary>The tick's tallies are sized by a constant; a reason added to the enum must move it.</summary>
public sealed class FailureReasonsTests
{
    [Fact]
    public void TheCount_IsEveryReasonInTheEnum()
    {
        Assert.Equal(FailureReasons.Count, Enum.GetValues<FailureReason>().Length);
        Assert.Equal(FailureReasons.Count - 1, (int)Enum.GetValues<FailureReason>().Max());
    }
}
