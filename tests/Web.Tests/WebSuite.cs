using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace PracticePlatform.Web.Tests;

/// <summary>
/// One host and one headless Chromium for the whole browser suite; each person gets their own browser context.
/// Registers people through the API with the admin token, as an admin would.
/// </summary>
public sealed class WebSuite : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public WebHost Host { get; } = new();

    public HttpClient Admin { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The suite has not started.");

    /// <summary>
    /// Where screenshots go: artifacts/screenshots at the repository root (the folder holding PracticePlatform.sln),
    /// a stable place to find them whatever the build configuration; gitignored.
    /// </summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PracticePlatform.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No PracticePlatform.sln above {AppContext.BaseDirectory}: the browser tests run from the repository's build output.");
    }

    public async Task InitializeAsync()
    {
        Host.StartServer();
        Admin = new HttpClient { BaseAddress = Host.Address };
        Admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebHost.AdminToken);
        Directory.CreateDirectory(ScreenshotFolder);
        // Live pages follow server-sent events; give them room on a shared, busy machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        Admin.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>Registers a person and answers their id and personal token.</summary>
    public Task<(Guid Id, string Name, string Token)> RegisterAsync(string name, bool canInstigate = false, string experience = "novice") =>
        RegisterAsync(Admin, name, canInstigate, experience);

    /// <summary>Registers a person through <paramref name="admin"/> (a client of any host, with the admin token).</summary>
    public static async Task<(Guid Id, string Name, string Token)> RegisterAsync(HttpClient admin, string name, bool canInstigate = false, string experience = "novice")
    {
        var response = await admin.PostAsJsonAsync("/api/people", new { name, canInstigate, experience, prerequisites = new { credentials = true, ownDeployment = true } }, Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Registering {name}: {(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        var person = document.RootElement.GetProperty("person");
        return (person.GetProperty("id").GetGuid(), name, document.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>An API client acting with a person's token, for the steps a test sets up rather than exercises.</summary>
    public HttpClient ClientFor(string token, Uri? host = null)
    {
        var client = new HttpClient { BaseAddress = host ?? Host.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Through the API: a session of manta-webapi-crash created by <paramref name="instigatorToken"/> with the people
    /// given on its roster, started unless <paramref name="start"/> is false; answers its id.
    /// </summary>
    public async Task<Guid> SessionAsync(string instigatorToken, IEnumerable<(Guid Id, string Role)> roster, bool start = true, Uri? host = null, DateTimeOffset? scheduledStart = null)
    {
        using var client = ClientFor(instigatorToken, host);
        var created = await client.PostAsJsonAsync("/api/sessions", new { scenarioId = "manta-webapi-crash", scheduledStart }, Json);
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, $"Creating a session: {(int)created.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        var id = document.RootElement.GetProperty("id").GetGuid();
        foreach (var (personId, role) in roster)
        {
            await SendAsync(client, $"/api/sessions/{id}/participants", new { personId, role });
        }
        if (start)
        {
            await SendAsync(client, $"/api/sessions/{id}/start");
        }
        return id;
    }

    /// <summary>POSTs <paramref name="body"/> (or nothing) and fails the test unless it succeeds.</summary>
    public static async Task SendAsync(HttpClient client, string path, object? body = null)
    {
        using var response = body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body, Json);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A fresh browser context for one person, signed in through the sign-in page with <paramref name="token"/>.</summary>
    public async Task<Visitor> SignInAsync(string token, string who, ViewportSize? viewport = null, Uri? host = null, ColorScheme? colorScheme = null)
    {
        var visitor = await OpenAsync(who, viewport, host, colorScheme);
        await visitor.Page.GotoAsync("/signin");
        await visitor.Page.GetByLabel("Personal token").FillAsync(token);
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(visitor.Page.GetByTestId("who")).ToBeVisibleAsync();
        return visitor;
    }

    /// <summary>A fresh, signed-out browser context, on the suite's host unless <paramref name="host"/> names another.</summary>
    public async Task<Visitor> OpenAsync(string who, ViewportSize? viewport = null, Uri? host = null, ColorScheme? colorScheme = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (host ?? Host.Address).ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1366, Height = 900 },
            TimezoneId = "Europe/Lisbon",
            Locale = "en-GB",
            ColorScheme = colorScheme ?? ColorScheme.Light,
        });
        return new Visitor(who, context, await context.NewPageAsync());
    }
}
