using System.Text.RegularExpressions;

namespace PracticePlatform.Cli.Tests.Commands;

[Collection(PlatformCollection.Name)]
public sealed class PeopleCommandTests(PlatformHost host)
{
    [Fact]
    public async Task Add_AsAdmin_PrintsTheIdAndTheTokenWithAShownOnceWarning_AndTheTokenWorks()
    {
        var admin = Terminal.Admin(host);

        var added = await admin.RunAsync("people", "add", "Mara Quinn", "--email", "mara@example.test", "--experience", "intermediate", "--credentials");

        Assert.True(added.ExitCode == 0, added.ToString());
        var id = Regex.Match(added.Output, @"(?m)^person\s+(\S+)$").Groups[1].Value;
        var token = Regex.Match(added.Output, @"(?m)^token\s+(\S+)$").Groups[1].Value;
        Assert.True(Guid.TryParse(id, out _), added.Output);
        Assert.NotEmpty(token);
        Assert.Contains("shown once", added.Output);
        var mara = Terminal.Of(host, "mara", token, Guid.Parse(id));
        var me = await mara.RunAsync("whoami");
        Assert.True(me.ExitCode == 0, me.ToString());
        Assert.Contains($"person      {id}", me.Output);
        Assert.Contains("name        Mara Quinn", me.Output);
        Assert.Contains("credentials yes, own deployment no", me.Output);
        // The help promises their sessions: none yet.
        Assert.Contains("No sessions.", me.Output);
    }

    [Fact]
    public async Task Add_WithJson_KeepsStdoutPureJson_AndStillWarnsOnStderr()
    {
        var added = await Terminal.Admin(host).RunAsync("people", "add", "Noor", "--json");

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Equal("Noor", added.Json().GetProperty("person").GetProperty("name").GetString());
        Assert.Equal("novice", added.Json().GetProperty("person").GetProperty("experience").GetString());
        Assert.NotEmpty(added.Json().GetProperty("token").GetString()!);
        Assert.StartsWith("practice: warning: This token is shown once", Assert.Single(added.ErrorLines));
    }

    [Fact]
    public async Task List_ShowsEveryoneInAnAlignedTable()
    {
        var admin = Terminal.Admin(host);
        var lead = await admin.RegisterAsync("lead-list", canInstigate: true);
        await admin.RegisterAsync("newcomer-list", experience: "novice");

        var listed = await lead.RunAsync("people", "list");

        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Matches(@"person\s+name\s+experience\s+prerequisites\s+instigates", listed.Output);
        Assert.Matches(@"lead-list\s+experienced\s+met\s+yes", listed.Output);
        Assert.Matches(@"newcomer-list\s+novice\s+met\s+no", listed.Output);
    }

    [Fact]
    public async Task Whoami_WithTheAdminToken_SaysAdmin()
    {
        var run = await Terminal.Admin(host).RunAsync("whoami");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("admin", run.Output);
    }
}
