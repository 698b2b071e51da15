using System.Net.Http.Json;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Security;

/// <summary>
/// The people of the authorization matrix and sessions of theirs in each state: ines instigates (creates every
/// session), rui responds and obi observes (both added by the admin with the override, so one pair of people can sit
/// on many sessions of the scenario), zed instigates another session, out is on no roster (but is paged by every
/// session, each a Code Blue). Shared sessions serve
/// calls that change nothing about the state; <see cref="FreshAsync"/> builds one for a single allowed call that does.
/// </summary>
internal sealed class MatrixSessions(ApiFactory factory, PracticeClient admin) : IDisposable
{
    private readonly Dictionary<MatrixState, Guid> _shared = [];

    public PracticeClient Admin { get; } = admin;

    public PracticeClient Ines { get; private set; } = null!;

    public PracticeClient Rui { get; private set; } = null!;

    public PracticeClient Obi { get; private set; } = null!;

    public PracticeClient Zed { get; private set; } = null!;

    public PracticeClient Out { get; private set; } = null!;

    public PersonView RuiPerson { get; private set; } = null!;

    public PersonView OutPerson { get; private set; } = null!;

    private PersonView ObiPerson { get; set; } = null!;

    public static async Task<MatrixSessions> CreateAsync(ApiFactory factory)
    {
        var sessions = new MatrixSessions(factory, PracticeClient.Admin(factory));
        var admin = sessions.Admin;
        (_, sessions.Ines) = await admin.RegisterAsync(factory, "ines", canInstigate: true, Experience.Experienced);
        (sessions.RuiPerson, sessions.Rui) = await admin.RegisterAsync(factory, "rui", experience: Experience.Experienced);
        (sessions.ObiPerson, sessions.Obi) = await admin.RegisterAsync(factory, "obi", experience: Experience.Novice);
        (_, sessions.Zed) = await admin.RegisterAsync(factory, "zed", canInstigate: true);
        (sessions.OutPerson, sessions.Out) = await admin.RegisterAsync(factory, "out");
        await PracticeClient.ReadAsync<SessionView>(await sessions.Zed.Http.PostAsJsonAsync("/api/sessions", new { scenarioId = PracticeFlowTests.Scenario }, PracticeClient.Json));
        return sessions;
    }

    /// <summary>The shared session in <paramref name="state"/>, built on first use.</summary>
    public async Task<Guid> SharedAsync(MatrixState state)
    {
        if (!_shared.TryGetValue(state, out var id))
        {
            id = _shared[state] = await BuildAsync(state);
        }
        return id;
    }

    /// <summary>A session of its own in <paramref name="state"/>, and a newcomer no roster has seen yet.</summary>
    public async Task<(Guid Session, Guid Newcomer)> FreshAsync(MatrixState state)
    {
        var (newcomer, client) = await Admin.RegisterAsync(factory, "newcomer");
        client.Dispose();
        return (await BuildAsync(state), newcomer.Id);
    }

    /// <summary>How many timeline entries the admin sees in <paramref name="session"/>.</summary>
    public async Task<int> TimelineLengthAsync(Guid session) =>
        (await Admin.GetAsync<TimelineEntry[]>($"/api/sessions/{session}/timeline")).Length;

    private async Task<Guid> BuildAsync(MatrixState state)
    {
        // Every session is a Code Blue paging out, so that out may join it once it runs.
        var created = await PracticeClient.ReadAsync<SessionView>(await Ines.Http.PostAsJsonAsync(
            "/api/sessions", new { scenarioId = PracticeFlowTests.Scenario, codeBlue = true, codeBluePeople = new[] { OutPerson.Id } }, PracticeClient.Json));
        var id = created.Id;
        await Admin.PostAsync<SessionView>(id, "participants", new { personId = RuiPerson.Id, role = "responder", @override = true });
        await Admin.PostAsync<SessionView>(id, "participants", new { personId = ObiPerson.Id, role = "observer", @override = true });
        if (state == MatrixState.Draft)
        {
            return id;
        }
        await Ines.PostAsync<SessionView>(id, "start");
        if (state == MatrixState.RunningWithoutFault)
        {
            return id;
        }
        await Ines.PostAsync<CommandOutcome>(id, "faults", new { injectId = "webapi-crash" });
        switch (state)
        {
            case MatrixState.Running:
                return id;
            case MatrixState.Paused:
                await Ines.PostAsync<SessionView>(id, "pause");
                return id;
        }
        await Rui.PostAsync<SessionView>(id, "resolve");
        if (state == MatrixState.Resolved)
        {
            return id;
        }
        await Rui.PostAsync<SessionView>(id, "assessment", new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "cleared" });
        if (state == MatrixState.Assessing)
        {
            return id;
        }
        await Ines.PostAsync<Debrief>(id, "debrief");
        if (state == MatrixState.Closed)
        {
            await Ines.PostAsync<SessionView>(id, "close");
        }
        return id;
    }

    public void Dispose()
    {
        foreach (var client in new[] { Admin, Ines, Rui, Obi, Zed, Out })
        {
            client?.Dispose();
        }
    }
}
