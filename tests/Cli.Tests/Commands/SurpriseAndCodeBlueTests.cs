using System.Globalization;

namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>Surprise starts (a start window) and Code Blue (page, join, close joining) from the command line.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SurpriseAndCodeBlueTests(PlatformHost host)
{
    [Fact]
    public async Task Create_WithAStartWindow_ShowsTheDrawnStartToTheInstigator_AndOnlyTheWindowToAResponder()
    {
        var admin = Terminal.Admin(host);
        var ines = await admin.RegisterAsync("ines-window", canInstigate: true);
        var rui = await admin.RegisterAsync("rui-window");
        var earliest = host.Clock.GetUtcNow().AddHours(1);
        var latest = earliest.AddDays(2);

        var created = await ines.RunAsync(
            "session", "create", "--scenario", "manta-webapi-crash", "--window", $"{earliest.ToString("O", CultureInfo.InvariantCulture)}..{latest.ToString("O", CultureInfo.InvariantCulture)}");
        var id = created.Output.Split('\n')[0]["Created session ".Length..].TrimEnd('.', '\r');
        var added = await ines.RunAsync("session", "add", id, rui.Id, "--role", "responder");
        var shown = await rui.RunAsync("session", "show", id);
        var listed = await rui.RunAsync("session", "list");
        var split = await ines.RunAsync(
            "session", "create", "--scenario", "manta-webapi-crash",
            "--window-earliest", earliest.ToString("O", CultureInfo.InvariantCulture), "--window-latest", latest.AddDays(5).ToString("O", CultureInfo.InvariantCulture),
            "--business-hours", "09:00-17:00", "--time-zone", "Europe/Berlin", "--json");
        var half = await ines.RunAsync("session", "create", "--scenario", "manta-webapi-crash", "--window-earliest", earliest.ToString("O", CultureInfo.InvariantCulture));

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("status     scheduled", created.Output);
        Assert.Contains("scheduled  ", created.Output);
        Assert.Contains("(a surprise start)", created.Output);
        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Contains("window     ", shown.Output);
        Assert.DoesNotContain("scheduled  ", shown.Output);
        Assert.Contains(" .. ", listed.Output);
        Assert.True(split.ExitCode == 0, split.ToString());
        var drawn = TimeZoneInfo.ConvertTime(split.Json().GetProperty("scheduledStart").GetDateTimeOffset(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.InRange(drawn.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(17));
        Assert.Equal(2, half.ExitCode);
        Assert.Contains("needs both --window-earliest and --window-latest", half.Error);
    }

    [Fact]
    public async Task CodeBlue_PagedPersonJoins_AndCloseJoiningRefusesTheNext()
    {
        var admin = Terminal.Admin(host);
        var ines = await admin.RegisterAsync("ines-blue", canInstigate: true);
        var rui = await admin.RegisterAsync("rui-blue");
        var ana = await admin.RegisterAsync("ana-blue");
        var id = (await ines.RunAsync("session", "create", "--scenario", "manta-webapi-crash", "--json")).Json().GetProperty("id").GetString()!;

        var called = await ines.RunAsync("session", "code-blue", id, "--page", rui.Id, "--page", ana.Id);
        var started = await ines.RunAsync("session", "start", id);
        var joined = await rui.RunAsync("session", "join", id);
        var closed = await ines.RunAsync("session", "close-joining", id);
        var late = await ana.RunAsync("session", "join", id);

        Assert.True(called.ExitCode == 0, called.ToString());
        Assert.Contains("code blue  pages 2 people when it starts", called.Output);
        Assert.True(started.ExitCode == 0, started.ToString());
        Assert.Contains("code blue  2 paged at", started.Output);
        Assert.True(joined.ExitCode == 0, joined.ToString());
        Assert.StartsWith("Joined as responder. You join as a responder.", joined.Output);
        Assert.Contains("joining closed", closed.Output);
        Assert.Equal(1, late.ExitCode);
        Assert.StartsWith("practice: 409 Not allowed in the session's state: Joining is closed", Assert.Single(late.ErrorLines));
    }
}
