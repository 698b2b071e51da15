using PracticePlatform.Api.Apis;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Silo.Hosting;

return await PracticeHostRunner.RunAsync(() =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPracticeApi();
    builder.AddPracticeConsole();

    var app = builder.Build();
    app.UsePracticeConsole();
    app.UsePracticeApi();
    app.MapPracticeApi();
    app.MapPracticeConsole();
    app.MapAdminOrleansDashboard();
    return app;
});

/// <summary>The API host; partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
