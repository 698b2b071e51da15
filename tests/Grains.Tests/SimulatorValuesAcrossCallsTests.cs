using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Tests;

/// <summary>
/// The simulator's values (faults, alarms, ground truth, health, command results) cross grain calls through their
/// Orleans surrogates and arrive whole: a running session's cell answers the same through a client as it holds.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class SimulatorValuesAcrossCallsTests(GrainsCluster cluster)
{
    [Fact]
    public async Task ACellsTruthMetricsAndCommandResults_ArriveWhole_ThroughTheClient()
    {
        var id = Guid.NewGuid();
        var cell = cluster.Client.GetGrain<ICellGrain>(id);
        await cell.CreateAsync("manta-webapi-crash", 7, injectsByHand: false);
        await cell.PaceAsync(0);
        var injected = await cell.InjectAsync("webapi-crash", "ines");
        var looked = await cell.ExecuteAsync("svcs -xv", "rui");

        var truth = await cell.TruthAsync();
        var metrics = await cell.MetricsAsync();
        var actions = await cell.ActionsSinceAsync(0);

        Assert.True(injected.Ok, injected.Output);
        Assert.True(looked.Ok, looked.Output);
        Assert.NotEmpty(looked.Output);
        var fault = Assert.Single(truth.Faults);
        Assert.Equal("webapi-crash", fault.Id);
        Assert.Equal(Simulation.Faults.FaultStatus.Active, fault.Status);
        Assert.NotEmpty(metrics.Health.Services);
        Assert.Equal(["webapi-crash", "svcs -xv"], actions.Select(a => a.Argument));
        Assert.Equal([Simulation.Cells.CellActionKind.Inject, Simulation.Cells.CellActionKind.Command], actions.Select(a => a.Kind));
    }

    [Fact]
    public void EveryRecordThatCrossesCalls_RoundTripsThroughOrleansSerialization()
    {
        var serializer = cluster.SiloServices.GetRequiredService<Orleans.Serialization.Serializer>();
        var view = new SessionView(Guid.NewGuid(), SessionStatus.Running, "manta-webapi-crash", 7, DateTimeOffset.UnixEpoch, Guid.NewGuid(),
            [new Participant(Guid.NewGuid(), "Ana", ParticipantRole.Responder, Experience.Novice, true)], ["warning"], 61, 2, [new FaultSummary("f", "crash", "webapi", "active", 3)], "digest");
        var notification = new Notification(Guid.NewGuid(), 3, NotificationKind.Alarm, "title", "text", DateTimeOffset.UnixEpoch, 120, new NotificationTargets(["https://hooks.example/x"], ["a@example.test"]));

        Assert.Equal(Json(view), Json(serializer.Deserialize<SessionView>(serializer.SerializeToArray(view))));
        Assert.Equal(Json(notification), Json(serializer.Deserialize<Notification>(serializer.SerializeToArray(notification))));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
