using System.Net;
using System.Text;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.People;
using PracticePlatform.Silo.Security;

namespace PracticePlatform.Api.Tests.Security;

public sealed class PeopleApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Register_AnswersAPersonalTokenThatWorks_AndStoresOnlyItsHash()
    {
        using var admin = PracticeClient.Admin(factory);

        var (person, client) = await admin.RegisterAsync(factory, "tessa", experience: Experience.Novice);
        using var _ = client;
        var me = await client.GetAsync<PersonView>("/api/people/me");
        await admin.GetAsync<PersonView>($"/api/people/{person.Id}");

        Assert.Equal(person.Id, me.Id);
        Assert.Equal(Experience.Novice, me.Experience);
        var stored = string.Concat(Directory.EnumerateFiles(factory.DataFolder).Select(f => Encoding.Latin1.GetString(ReadShared(f))));
        Assert.DoesNotContain(client.Token, stored, StringComparison.Ordinal);
        Assert.Contains(TokenHash.Of(client.Token), stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsEveryRegisteredPerson_WithoutEmails()
    {
        using var admin = PracticeClient.Admin(factory);
        var (person, client) = await admin.RegisterAsync(factory, "listed-lou", experience: Experience.Experienced);
        client.Dispose();

        var body = await admin.Http.GetStringAsync("/api/people");
        var people = System.Text.Json.JsonSerializer.Deserialize<PersonSummary[]>(body, PracticeClient.Json)!;

        Assert.Contains(people, p => p.Id == person.Id && p.Name == "listed-lou" && p.Experience == Experience.Experienced && p.PrerequisitesMet);
        Assert.DoesNotContain("@example.test", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownToken_Is401ProblemJson()
    {
        using var stranger = new PracticeClient(factory.CreateClient(), "pp_not-a-token");

        var response = await stranger.Http.GetAsync("/api/sessions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Register_WithABadEmail_Is400NamingIt()
    {
        using var admin = PracticeClient.Admin(factory);

        var response = await admin.Http.PostAsync("/api/people", new StringContent("{\"name\":\"x\",\"email\":\"not an email\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not an email", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
