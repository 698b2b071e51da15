using Microsoft.Extensions.Hosting;
using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Silo;

/// <summary>A silo on its own: grains and storage, no HTTP front end (the API co-hosts one by default).</summary>
internal static class Program
{
    private static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.AddPracticeSilo();
        await builder.Build().RunAsync();
    }
}
