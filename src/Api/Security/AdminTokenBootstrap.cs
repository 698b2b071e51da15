using PracticePlatform.Silo.Security;

namespace PracticePlatform.Api.Security;

/// <summary>Creates the admin token at start-up and prints a newly generated one once.</summary>
internal sealed partial class AdminTokenBootstrap(AdminToken adminToken, ILogger<AdminTokenBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await adminToken.EnsureCreatedAsync(cancellationToken) is { } token)
        {
            // Printed once: only the hash is stored.
            Console.WriteLine($"Admin token (shown once, store it now): {token}");
            LogGenerated(logger, adminToken.HashLocation);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated the admin token; its hash is in {HashLocation}")]
    private static partial void LogGenerated(ILogger logger, string hashLocation);
}
