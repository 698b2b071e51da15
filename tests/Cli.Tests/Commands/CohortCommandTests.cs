using System.Text.RegularExpressions;

namespace PracticePlatform.Cli.Tests.Commands;

[Collection(PlatformCollection.Name)]
public sealed partial class CohortCommandTests(PlatformHost host)
{
    [Fact]
    public async Task Create_WithMembers_ThenListAndShow_NameTheMembersAndItsSessions()
    {
        var admin = Terminal.Admin(host);
        var lead = await admin.RegisterAsync("lead-cohort", canInstigate: true);
        var ada = await admin.RegisterAsync("ada-cohort");
        var bo = await admin.RegisterAsync("bo-cohort");

        var created = await lead.RunAsync("cohort", "create", "Spring onboarding", "--member", ada.Id, "--member", bo.Id);

        Assert.True(created.ExitCode == 0, created.ToString());
        var id = CreatedId().Match(created.Output).Groups["id"].Value;
        Assert.True(Guid.TryParse(id, out _), created.Output);
        Assert.Contains("name     Spring onboarding", created.Output);
        Assert.Matches($@"{ada.Id}\s+ada-cohort", created.Output);
        Assert.Matches($@"{bo.Id}\s+bo-cohort", created.Output);
        var session = (await lead.RunAsync("session", "create", "--scenario", "manta-webapi-crash", "--cohort", id, "--json")).Json().GetProperty("id").GetString();

        var listed = await lead.RunAsync("cohort", "list");
        var shown = await lead.RunAsync("cohort", "show", id);

        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Matches(@"cohort\s+name\s+members\s+sessions\s+created", listed.Output);
        Assert.Matches($@"{id}\s+Spring onboarding\s+2\s+1\s+2026-", listed.Output);
        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Matches($@"{bo.Id}\s+bo-cohort", shown.Output);
        Assert.Contains(session!, shown.Output);
    }

    [Fact]
    public async Task Add_APerson_MakesThemAMember_AndAddingThemAgainChangesNothing()
    {
        var admin = Terminal.Admin(host);
        var lead = await admin.RegisterAsync("lead-add", canInstigate: true);
        var cy = await admin.RegisterAsync("cy-add");
        var id = await CreateAsync(lead, "Autumn");

        var added = await lead.RunAsync("cohort", "add", id, cy.Id);
        var again = await lead.RunAsync("cohort", "add-member", id, cy.Id, "--json");

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.StartsWith("Added cy-add to Autumn.", added.Output);
        Assert.Matches($@"{cy.Id}\s+cy-add", added.Output);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal([cy.Id], again.Json().GetProperty("members").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Show_ByAMemberWhoMayNotListPeople_ShowsTheMembersById()
    {
        var admin = Terminal.Admin(host);
        var lead = await admin.RegisterAsync("lead-member", canInstigate: true);
        var dee = await admin.RegisterAsync("dee-member");
        var id = await CreateAsync(lead, "Winter", dee.Id);

        var shown = await dee.RunAsync("cohort", "show", id);

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Matches($@"{dee.Id}\s+-", shown.Output);
        Assert.Contains("No sessions yet.", shown.Output);
    }

    [Fact]
    public async Task UnknownCohort_Is404WithExit1_NamingTheCohort()
    {
        var lead = await Terminal.Admin(host).RegisterAsync("lead-unknown", canInstigate: true);
        var unknown = Guid.NewGuid().ToString();

        var shown = await lead.RunAsync("cohort", "show", unknown);
        var added = await lead.RunAsync("cohort", "add", unknown, lead.Id);

        foreach (var run in new[] { shown, added })
        {
            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Equal("", run.Output);
            Assert.Equal($"practice: 404 Not found: No cohort {unknown}.", Assert.Single(run.ErrorLines));
        }
    }

    [Fact]
    public async Task UnknownPerson_Is404WithExit1_SayingToRegisterThemFirst()
    {
        var lead = await Terminal.Admin(host).RegisterAsync("lead-nobody", canInstigate: true);
        var id = await CreateAsync(lead, "Summer");
        var nobody = Guid.NewGuid().ToString();

        var added = await lead.RunAsync("cohort", "add", id, nobody);
        var created = await lead.RunAsync("cohort", "create", "Nobody's", "--member", nobody);

        foreach (var run in new[] { added, created })
        {
            Assert.True(run.ExitCode == 1, run.ToString());
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith($"practice: 404 Not found: No person {nobody}: register", line);
        }
    }

    [Theory]
    [InlineData("add", "{id}")]
    [InlineData("add")]
    [InlineData("show")]
    [InlineData("create")]
    [InlineData("show", "not-an-id")]
    [InlineData("add", "{id}", "not-an-id")]
    [InlineData("create", "x", "--member", "not-an-id")]
    [InlineData("frobnicate")]
    public async Task UsageError_Exits2_WithOneLine_AndNoStackTrace(params string[] words)
    {
        var lead = await Terminal.Admin(host).RegisterAsync("lead-usage", canInstigate: true);
        var id = await CreateAsync(lead, "Usage");

        var run = await lead.RunAsync(["cohort", .. words.Select(w => w.Replace("{id}", id, StringComparison.Ordinal))]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Output);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("practice: ", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Fact]
    public async Task MissingArgument_NamesWhereTheHelpIs()
    {
        var run = await Terminal.Admin(host).RunAsync("cohort", "add", Guid.NewGuid().ToString());

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("(try 'practice cohort add --help')", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Help_ListsEveryCohortCommand()
    {
        var run = await CliRun.OfAsync(["cohort", "--help"]);
        var root = await CliRun.OfAsync(["--help"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var command in new[] { "create", "list", "show", "add", "schedule", "coverage" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", run.Output);
        }
        Assert.Matches(@"(?m)^\s+cohort, cohorts\b", root.Output);
    }

    private static async Task<string> CreateAsync(Terminal lead, string name, params string[] members)
    {
        var run = await lead.RunAsync(["cohort", "create", name, .. members.SelectMany(m => new[] { "--member", m }), "--json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Json().GetProperty("id").GetString()!;
    }

    [GeneratedRegex(@"^Created cohort (?<id>\S+)\.$", RegexOptions.Multiline)]
    private static partial Regex CreatedId();
}
