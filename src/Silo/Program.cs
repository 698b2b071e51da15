using Microsoft.Extensions.Hosting;
using PracticePlatform.Silo.Hosting;

// A silo on its own: grains and storage, no HTTP front end (the API co-hosts one by default).
var builder = Host.CreateApplicationBuilder(args);
builder.AddPracticeSilo();
await builder.Build().RunAsync();
