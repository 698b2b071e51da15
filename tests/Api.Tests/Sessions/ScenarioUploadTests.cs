using System.Net;
using System.Text;
using System.Text.Json;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

public sealed class ScenarioUploadTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ValidUpload_JoinsTheCatalog_AndCanBePlayed()
    {
        using var admin = PracticeClient.Admin(factory);
        var yaml = BuiltIn().Replace("id: manta-webapi-crash", "id: uploaded-webapi-crash", StringComparison.Ordinal);

        var response = await admin.Http.PostAsync("/api/scenarios?fileName=mine.yaml", new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        var listed = JsonDocument.Parse(await admin.Http.GetStringAsync("/api/scenarios")).RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString());
        using var g = await PracticeGroup.CreateAsync(factory, "uploaded-webapi-crash");
        var started = await g.Ines.PostAsync<SessionView>(g.Id, "start");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("uploaded-webapi-crash", listed);
        Assert.Equal(SessionStatus.Running, started.Status);
    }

    [Fact]
    public async Task InvalidUpload_Is400_WithEveryProblemAtItsLineAndColumn()
    {
        using var admin = PracticeClient.Admin(factory);
        var yaml = BuiltIn()
            .Replace("id: manta-webapi-crash", "id: broken-upload", StringComparison.Ordinal)
            .Replace("capacity_rps: 3000", "capacity_rps: lots", StringComparison.Ordinal);

        var response = await admin.Http.PostAsync("/api/scenarios?fileName=broken.yaml", new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("capacity_rps: lots", StringComparison.Ordinal)) + 1;
        Assert.Contains(problem.GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith($"broken.yaml:{line}:", StringComparison.Ordinal));
        Assert.DoesNotContain("broken-upload", await admin.Http.GetStringAsync("/api/scenarios"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AnswersTheProblemsAs200_AndAddsNothing()
    {
        using var admin = PracticeClient.Admin(factory);
        var broken = BuiltIn()
            .Replace("id: manta-webapi-crash", "id: checked-only", StringComparison.Ordinal)
            .Replace("capacity_rps: 3000", "capacity_rps: lots", StringComparison.Ordinal);
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("capacity_rps: lots", StringComparison.Ordinal)) + 1;

        var invalid = await admin.Http.PostAsync("/api/scenarios/check?fileName=broken.yaml", new StringContent(broken, Encoding.UTF8, "application/yaml"));
        var taken = await admin.Http.PostAsync("/api/scenarios/check", new StringContent(BuiltIn(), Encoding.UTF8, "application/yaml"));
        var fine = await admin.Http.PostAsync("/api/scenarios/check", new StringContent(BuiltIn().Replace("id: manta-webapi-crash", "id: checked-fine", StringComparison.Ordinal), Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var problems = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement;
        Assert.False(problems.GetProperty("valid").GetBoolean());
        Assert.Contains(problems.GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith($"broken.yaml:{line}:", StringComparison.Ordinal));
        Assert.Contains("already exists", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(await fine.Content.ReadAsStringAsync()).RootElement.GetProperty("valid").GetBoolean());
        Assert.DoesNotContain("checked-", await admin.Http.GetStringAsync("/api/scenarios"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OfAnIdInTheCatalog_Is409()
    {
        using var admin = PracticeClient.Admin(factory);

        var response = await admin.Http.PostAsync("/api/scenarios", new StringContent(BuiltIn(), Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already exists", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string BuiltIn()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(folder.FullName, "scenarios")))
        {
            folder = folder.Parent!;
        }
        return File.ReadAllText(Path.Combine(folder.FullName, "scenarios", "manta-webapi-crash.yaml"));
    }
}
