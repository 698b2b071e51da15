using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PracticePlatform.Silo.Tests.Hosting;

/// <summary>
/// The chart gives each pod's process its termination grace period, less a margin, as
/// <c>DOTNET_SHUTDOWNTIMEOUTSECONDS</c>: the hosts (both Program.cs build a <see cref="WebApplication"/>) must take it
/// as their shutdown timeout, or a stopping silo is cut off at .NET's default 30 s whatever the pod allows.
/// </summary>
public sealed class ShutdownTimeoutTests
{
    [Fact]
    public void TheHost_TakesItsShutdownTimeout_FromDotnetShutdownTimeoutSeconds()
    {
        Environment.SetEnvironmentVariable("DOTNET_SHUTDOWNTIMEOUTSECONDS", "50");
        try
        {
            using var app = WebApplication.CreateBuilder().Build();

            Assert.Equal(TimeSpan.FromSeconds(50), app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOTNET_SHUTDOWNTIMEOUTSECONDS", null);
        }
    }
}
