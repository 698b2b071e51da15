namespace PracticePlatform.Cli.Tests;

/// <summary>
/// A draft session of manta-webapi-crash made through `practice`: instigator <c>ines-{suffix}</c>, responder
/// <c>rui-{suffix}</c> on its roster, and its id.
/// </summary>
public sealed record DraftSession(Terminal Instigator, Terminal Responder, string Id)
{
    public static async Task<DraftSession> CreateAsync(PlatformHost host, string suffix)
    {
        var admin = Terminal.Admin(host);
        var ines = await admin.RegisterAsync($"ines-{suffix}", canInstigate: true);
        var rui = await admin.RegisterAsync($"rui-{suffix}");
        var id = (await ines.RunAsync("session", "create", "--scenario", "manta-webapi-crash", "--json")).Json().GetProperty("id").GetString()!;
        var added = await ines.RunAsync("session", "add", id, rui.Id, "--role", "responder");
        Assert.True(added.ExitCode == 0, added.ToString());
        return new DraftSession(ines, rui, id);
    }
}
