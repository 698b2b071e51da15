using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using PracticePlatform.Silo.Storage.Postgres;

namespace PracticePlatform.Silo.Hosting;

/// <summary>
/// Brings the PostgreSQL schema up to date before Orleans starts (membership needs it), waiting a bounded time for a
/// database that is still coming up and saying so in the log; a wrong password, an unknown database or a schema
/// newer than this build stop the start at once with a message that names the problem.
/// </summary>
public sealed partial class PostgresStartup(SiloOptions options, ILogger<PostgresStartup> logger) : IHostedService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connectionString = options.RequirePostgres();
        var where = Describe(connectionString);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var schema = new PostgresSchema(dataSource);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await schema.EnsureCreatedAsync(cancellationToken);
                LogReady(logger, where, PostgresSchema.LatestVersion);
                if (await LegacyReminderImport.RunAsync(dataSource, options.ServiceId, cancellationToken) is > 0 and var moved)
                {
                    LogRemindersMoved(logger, moved);
                }
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification or PostgresErrorCodes.InvalidCatalogName)
            {
                throw new StartupException($"PostgreSQL at {where} refused the platform: {e.MessageText}. Check PRACTICE_POSTGRES.", e);
            }
            catch (InvalidOperationException e) when (e.Message.StartsWith("The PostgreSQL database's schema", StringComparison.Ordinal))
            {
                throw new StartupException(e.Message, e);
            }
            catch (NpgsqlException e) when (e is not PostgresException && attempt < options.PostgresStartAttempts)
            {
                LogWaiting(logger, where, attempt, options.PostgresStartAttempts, e.Message);
                await Task.Delay(Pause, cancellationToken);
            }
            catch (NpgsqlException e) when (e is not PostgresException)
            {
                throw new StartupException(
                    $"PostgreSQL at {where} did not answer after {options.PostgresStartAttempts.ToString(CultureInfo.InvariantCulture)} attempts: {e.Message}. Check that it runs and PRACTICE_POSTGRES.", e);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port.ToString(CultureInfo.InvariantCulture)}/{builder.Database}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL at {Where} is ready (schema version {Version})")]
    private static partial void LogReady(ILogger logger, string where, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} reminders from the old reminders table into Orleans's reminder table")]
    private static partial void LogRemindersMoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL at {Where} is not reachable yet (attempt {Attempt} of {Attempts}): {Reason}")]
    private static partial void LogWaiting(ILogger logger, string where, int attempt, int attempts, string reason);
}

/// <summary>Registers <see cref="PostgresStartup"/>.</summary>
public static class PostgresStartupExtensions
{
    /// <summary>Adds the schema step; call it before <c>UseOrleans</c> so it runs first.</summary>
    public static IServiceCollection AddPostgresStartup(this IServiceCollection services, SiloOptions options)
    {
        services.AddSingleton(options);
        return services.AddHostedService<PostgresStartup>();
    }
}
