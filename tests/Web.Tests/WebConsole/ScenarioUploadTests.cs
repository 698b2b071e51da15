using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>An instigator uploads a broken scenario file, reads each problem at its file:line:col, fixes it and uploads it.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ScenarioUploadTests(WebSuite suite)
{
    [Fact]
    public async Task A_broken_upload_shows_its_problems_at_file_line_and_column_without_a_console_error()
    {
        var ian = await suite.RegisterAsync("Uma Uploader", canInstigate: true);
        var yaml = BuiltIn()
            .Replace("id: manta-webapi-crash", "id: browser-broken-upload", StringComparison.Ordinal)
            .Replace("capacity_rps: 3000", "capacity_rps: lots", StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("capacity_rps: lots", StringComparison.Ordinal)) + 1;

        await using var uploader = await suite.SignInAsync(ian.Token, "uma");
        var page = uploader.Page;
        await page.GotoAsync("/scenarios");
        await page.GetByLabel("Scenario file (YAML)").SetInputFilesAsync(new FilePayload { Name = "broken.yaml", MimeType = "text/yaml", Buffer = Encoding.UTF8.GetBytes(yaml) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        var problems = page.GetByTestId("upload-problems");
        await Expect(problems).ToBeVisibleAsync();
        await Expect(problems).ToContainTextAsync(new Regex($"broken\\.yaml:{line}:\\d+: "));
        await Expect(page.Locator("#upload-error")).ToHaveTextAsync(new Regex("^Invalid scenario: [1-9][0-9]* problem"));
        await Expect(page).ToHaveURLAsync(Catalog());
        await uploader.ScreenshotAsync("scenario-upload-problems");
        await Expect(page.GetByTestId("catalog")).Not.ToContainTextAsync("browser-broken-upload");

        // Fixed, the same file joins the catalog.
        var fixedYaml = yaml.Replace("capacity_rps: lots", "capacity_rps: 3000", StringComparison.Ordinal);
        await page.GetByLabel("Scenario file (YAML)").SetInputFilesAsync(new FilePayload { Name = "fixed.yaml", MimeType = "text/yaml", Buffer = Encoding.UTF8.GetBytes(fixedYaml) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/scenarios/browser-broken-upload$"));
        uploader.AssertNoErrors();
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

    [GeneratedRegex("/scenarios$")]
    private static partial Regex Catalog();
}
