using System.Diagnostics;
using PracticePlatform.Api.Apis;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Cluster;

/// <summary>How the cluster tests find and read a session through a frontend while silos come and go.</summary>
internal static class ClusterSessions
{
    /// <summary>The index of the silo holding the session now (reading it first, so it is in memory somewhere).</summary>
    public static async Task<int> HostOfAsync(SiloCluster cluster, PracticeGroup g)
    {
        await ReadAsync(g);
        var host = await g.Admin.GetAsync<RuntimeApi.SessionHost>($"/api/runtime/sessions/{g.Id}");
        Assert.NotNull(host.Silo);
        return cluster.SiloAt(host.Silo);
    }

    /// <summary>One read of the session, bounded to 2 s (a call into a dead silo may hang); null when it did not answer.</summary>
    public static async Task<SessionView?> ReadAsync(PracticeGroup g)
    {
        using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            using var response = await g.Ines.Http.GetAsync($"/api/sessions/{g.Id}", attempt.Token);
            return response.IsSuccessStatusCode ? await PracticeClient.ReadAsync<SessionView>(response) : null;
        }
        catch (OperationCanceledException) when (attempt.IsCancellationRequested)
        {
            // That try reached the dead silo; the next goes to a survivor once the cluster knows.
            return null;
        }
    }

    /// <summary>Reads the session until <paramref name="condition"/> holds (by default: until it answers), failing after <paramref name="patience"/>.</summary>
    public static async Task<SessionView> WaitForAsync(PracticeGroup g, TimeSpan patience, string what, Func<SessionView, bool>? condition = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await ReadAsync(g) is { } view && (condition?.Invoke(view) ?? true))
            {
                return view;
            }
            Assert.True(clock.Elapsed < patience, $"Waited {patience.TotalSeconds:0} s for {what}.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
