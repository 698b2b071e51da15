using PracticePlatform.Api.Apis;
using PracticePlatform.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPracticeApi();

var app = builder.Build();
app.UsePracticeApi();
app.MapPracticeApi();
await app.RunAsync();

/// <summary>The API host; partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
