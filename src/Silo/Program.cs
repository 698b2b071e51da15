using Microsoft.AspNetCore.Builder;
using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Silo;

/// <summary>A silo on its own: grains and storage, with health probes and metrics over HTTP (the API co-hosts a silo by default).</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => PracticeHostRunner.RunAsync(() =>
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddPracticeSiloHost();
        var app = builder.Build();
        app.MapSiloEndpoints();
        return app;
    });
}
