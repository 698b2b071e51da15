using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Sessions of one scenario run side by side without touching one another.</summary>
public sealed class IsolationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TwoSessions_WithTheSameSeedAndActions_HaveTheSameGroundTruth_WhileAThirdDiffers()
    {
        using var first = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, seed: 42, suffix: "-1");
        using var second = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, seed: 42, suffix: "-2");
        using var third = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, seed: 42, suffix: "-3");
        PracticeGroup[] all = [first, second, third];
        foreach (var g in all)
        {
            await g.Ines.PostAsync<SessionView>(g.Id, "start");
            await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        }
        for (var minute = 0; minute < 4; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        // The third group never finds the fix, so the crash spreads in its cell only.
        await first["rui"].PostAsync<CommandOutcome>(first.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await second["rui"].PostAsync<CommandOutcome>(second.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await third["rui"].PostAsync<CommandOutcome>(third.Id, "commands", new { commandLine = "svcs -xv" });
        // The crash's later wave (9 minutes after the inject) comes whatever was cleared: the first two clear it too.
        for (var minute = 0; minute < 6; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await first["rui"].PostAsync<CommandOutcome>(first.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await second["rui"].PostAsync<CommandOutcome>(second.Id, "commands", new { commandLine = "svcadm clear webapi" });
        for (var minute = 0; minute < 14; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var debriefs = new List<Debrief>();
        foreach (var g in all)
        {
            await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
            await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 5, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "cleared" });
            debriefs.Add(await g.Ines.PostAsync<Debrief>(g.Id, "debrief"));
        }
        var digests = new List<string?>();
        foreach (var g in all)
        {
            digests.Add((await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}")).Digest);
        }

        Assert.Equal(digests[0], digests[1]);
        Assert.NotEqual(digests[0], digests[2]);
        Assert.Equal(Truth(debriefs[0]), Truth(debriefs[1]));
        Assert.NotEqual(Truth(debriefs[0]), Truth(debriefs[2]));
    }

    private static string Truth(Debrief debrief) =>
        $"{debrief.ImpactStartMinute}-{debrief.ImpactEndMinute}:" + string.Join(";", debrief.RequestTypes.Select(r => $"{r.RequestType}={r.Failed}/{r.Attempted}"));
}
