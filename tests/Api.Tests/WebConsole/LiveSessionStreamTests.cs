using System.Net.ServerSentEvents;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.WebConsole;

/// <summary>
/// The console's live feed: a session's write reaches the browser at once, not at the next refresh, and a refresh
/// whose grain call timed out is skipped without ending the stream.
/// </summary>
public sealed class LiveSessionStreamTests
{
    [Fact]
    public async Task LiveFeed_SendsAChannelPost_OnTheSessionsWrite_WithoutWaitingForTheRefresh()
    {
        await using var factory = new ApiFactory();
        // A refresh an hour away: only the session's write can deliver the post within the test's timeout.
        factory.Settings["Practice:Console:RefreshMilliseconds"] = "3600000";
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await g["obi"].Http.GetAsync($"/console/sessions/{g.Id}/live", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var backlog = await TimelineEvents.ReadUntilAsync(reader, e => e.Text == "Session started.", timeout.Token);
        await g["ana"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "message", text = "Looking at the webapi hosts." });
        var live = await TimelineEvents.ReadUntilAsync(reader, e => e.Kind == TimelineKind.Message, timeout.Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Looking at the webapi hosts.", live[^1].Text);
        Assert.True(live[^1].Sequence > backlog[^1].Sequence);
    }

    [Fact]
    public async Task LiveFeed_SkipsARefreshWhoseCallTimedOut_AndCatchesUpOnTheNext()
    {
        var view = new SessionView(Guid.NewGuid(), SessionStatus.Draft, "manta-webapi-crash", 1, null, null, [], [], 0, 1, [], null);
        var session = DispatchProxy.Create<ISessionGrain, TimingOutSession>();
        ((TimingOutSession)(object)session).View = view;
        // A refresh an hour away: the session's change version drives each refresh, so the test needs no timer.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Practice:Console:RefreshMilliseconds"] = "3600000" }).Build();
        var stream = new LiveSessionStream(OneGrainFactory.For(session), new RunningHost(), configuration, TimeProvider.System);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seat = new SessionSeat(view, "manta-webapi-crash", ParticipantRole.Observer, IsAdmin: false, Caller.Person(Guid.NewGuid(), "obi", canInstigate: false));
        await using var events = stream.ReadAsync(seat, TimelineCursor.Start, timeout.Token).GetAsyncEnumerator(timeout.Token);

        // The first refresh reads the session, then its timeline read times out: the view goes out, the stream stays.
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("session", events.Current.EventType);
        ((TimingOutSession)(object)session).Change();
        var caughtUp = new List<SseItem<object>>();
        while (caughtUp.Count < 2 && await events.MoveNextAsync())
        {
            caughtUp.Add(events.Current);
        }

        Assert.Equal(["timeline", "timeline"], caughtUp.Select(e => e.EventType));
        Assert.Equal(["1", "2"], caughtUp.Select(e => e.EventId));
    }

    /// <summary>A session grain whose first timeline read times out; later reads answer two entries.</summary>
    public class TimingOutSession : DispatchProxy
    {
        private int _timelineReads;
        private long _version = 1;
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The session wrote: its change version moves and long-polls return (later ones wait again, as the grain's do).</summary>
        public void Change()
        {
            Interlocked.Increment(ref _version);
            Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        private async Task<long> WaitForChangeAsync(long seen, TimeSpan maxWait)
        {
            if (seen == Interlocked.Read(ref _version))
            {
                await Task.WhenAny(_changed.Task, Task.Delay(maxWait, TimeProvider.System));
            }
            return Interlocked.Read(ref _version);
        }

        public SessionView View { get; set; } = null!;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod!.Name switch
        {
            nameof(ISessionGrain.GetAsync) => Task.FromResult(View),
            nameof(ISessionGrain.WaitForChangeAsync) => WaitForChangeAsync((long)args![1]!, (TimeSpan)args[2]!),
            nameof(ISessionGrain.ReadTimelineAsync) when Interlocked.Increment(ref _timelineReads) == 1 =>
                Task.FromException<TimelinePage>(new TimeoutException("The session did not answer in time.")),
            nameof(ISessionGrain.ReadTimelineAsync) => Task.FromResult(new TimelinePage(
                [.. new[] { 1L, 2L }.Where(sequence => sequence > ((TimelineCursor)args![1]!).Number).Select(sequence => new TimelineEntry(sequence, 0, DateTimeOffset.UnixEpoch, "obi", TimelineKind.Message, $"entry {sequence}"))],
                Public: false)),
            _ => throw new NotSupportedException($"The live feed of a draft session should not call {targetMethod.Name}."),
        };
    }

    /// <summary>A grain factory that knows one session grain and its presence (nobody there): every other lookup is a test error.</summary>
    public class OneGrainFactory : DispatchProxy
    {
        public ISessionGrain Session { get; set; } = null!;

        private readonly ISessionPresenceGrain _presence = Create<ISessionPresenceGrain, NobodyPresent>();

        public static IGrainFactory For(ISessionGrain session)
        {
            var factory = Create<IGrainFactory, OneGrainFactory>();
            ((OneGrainFactory)(object)factory).Session = session;
            return factory;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod switch
        {
            { Name: nameof(IGrainFactory.GetGrain), IsGenericMethod: true } when targetMethod.GetGenericArguments()[0] == typeof(ISessionGrain) => Session,
            { Name: nameof(IGrainFactory.GetGrain), IsGenericMethod: true } when targetMethod.GetGenericArguments()[0] == typeof(ISessionPresenceGrain) => _presence,
            _ => throw new NotSupportedException($"The live feed should not call {targetMethod?.Name}."),
        };
    }

    /// <summary>A session's presence that beats, leaves and answers nobody (its long-poll waiting as the grain's does).</summary>
    public class NobodyPresent : DispatchProxy
    {
        private static async Task<SessionPresence> WaitForChangeAsync(long seen, TimeSpan maxWait)
        {
            if (seen == 0)
            {
                await Task.Delay(maxWait, TimeProvider.System);
            }
            return new SessionPresence([], 0);
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod!.Name switch
        {
            nameof(ISessionPresenceGrain.WaitForChangeAsync) => WaitForChangeAsync((long)args![0]!, (TimeSpan)args[1]!),
            nameof(ISessionPresenceGrain.GetAsync) => Task.FromResult(new SessionPresence([], 0)),
            _ => Task.CompletedTask,
        };
    }

    private sealed class RunningHost : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
