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
        Assert.Matches(@"^3 of 6 webapi instances down: (webapi-\d maintenance(, )?){3}$", fired.Message);

        cell.Execute("svcadm clear webapi");
        cell.RunUntil(12 * 60);

        var cleared = Assert.Single(cell.AlarmEventsSince(fired.Second + 1), e => e.RuleId == "webapi-instances-unhealthy");
        Assert.False(cleared.Firing);
        Assert.False(cell.Alarms.Single(a => a.RuleId == "webapi-instances-unhealthy").Firing);
        Assert.Equal(cleared.Second, cell.Alarms.Single(a => a.RuleId == "webapi-instances-unhealthy").Since);
    }

    [Fact]
    public void AFiringAlarm_SaysHowTheWholeServiceIsNow_NotOnlyHowItWasWhenItFired()
    {
        var cell = Cell.Create(TestScenarios.Manta, 8);
        cell.RunUntil(5 * 60);
        var first = cell.Alarms.Single(a => a.RuleId == "webapi-instances-unhealthy");

        cell.RunUntil(14 * 60);
        var later = cell.Alarms.Single(a => a.RuleId == "webapi-instances-unhealthy");

        Assert.True(first.Firing);
        Assert.StartsWith("3 of 6 webapi instances down", first.Message, StringComparison.Ordinal);
        Assert.StartsWith("6 of 6 webapi instances down", later.Message, StringComparison.Ordinal);
        Assert.EndsWith(", and 2 more", later.Message, StringComparison.Ordinal);
        Assert.Equal(first.Since, later.Since);
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
