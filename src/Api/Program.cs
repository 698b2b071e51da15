using PracticePlatform.Api.Apis;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPracticeApi();
builder.AddPracticeConsole();

var app = builder.Build();
app.UsePracticeConsole();
app.UsePracticeApi();
app.MapPracticeApi();
app.MapPracticeConsole();
app.MapAdminOrleansDashboard();
return await app.RunPracticeAsync();

/// <summary>The API host; partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
