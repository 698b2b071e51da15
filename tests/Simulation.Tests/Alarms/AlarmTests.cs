using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Alarms;

public sealed class AlarmTests
{
    [Fact]
    public void ProcessDown_FiresAfterItsHoldTime_AndClearsWhenRestored()
    {
        var cell = Cell.Create(TestScenarios.Manta, 8);
        cell.RunUntil(10 * 60);

        var fired = Assert.Single(cell.AlarmEventsSince(0), e => e.RuleId == "webapi-instances-unhealthy");
        Assert.True(fired.Firing);
        Assert.Equal(3 * 60 + 60, fired.Second);
        Assert.Contains("is maintenance", fired.Message);

        cell.Execute("svcadm clear webapi");
        cell.RunUntil(12 * 60);

        var cleared = Assert.Single(cell.AlarmEventsSince(fired.Second + 1), e => e.RuleId == "webapi-instances-unhealthy");
        Assert.False(cleared.Firing);
        Assert.False(cell.Alarms.Single(a => a.RuleId == "webapi-instances-unhealthy").Firing);
        Assert.Equal(cleared.Second, cell.Alarms.Single(a => a.RuleId == "webapi-instances-unhealthy").Since);
    }

    [Fact]
    public void AlarmEventsSince_ReturnsOnlyLaterEvents_InOrder()
    {
        var cell = Cell.Create(TestScenarios.Manta, 8);
        cell.RunUntil(20 * 60);

        var all = cell.AlarmEventsSince(0);
        var later = cell.AlarmEventsSince(all[1].Second);

        Assert.True(all.Count >= 2);
        Assert.Equal(all.SkipWhile(e => e.Second < all[1].Second), later);
        Assert.Equal(all.OrderBy(e => e.Second), all);
    }
}
