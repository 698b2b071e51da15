using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PracticePlatform.Api.Tests;

/// <summary>The API in process, on a throwaway data folder with embedded SQLite, and a known admin token.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string AdminToken = "test-admin-token";

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("practice-api-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PRACTICE_DATA", DataFolder);
        builder.UseSetting("PRACTICE_ADMIN_TOKEN", AdminToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(DataFolder, recursive: true);
    }
}
