namespace PracticePlatform.Api.Dashboard;

/// <summary>Feeds the host's log lines (at the levels the logging configuration lets through) into a <see cref="LogRing"/>.</summary>
[ProviderAlias("Dashboard")]
public sealed class LogRingProvider(LogRing ring) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new RingLogger(ring, categoryName);

    public void Dispose()
    {
    }

    private sealed class RingLogger(LogRing ring, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (exception is not null)
            {
                message += " " + exception.GetType().Name + ": " + exception.Message;
            }
            ring.Add(DateTimeOffset.UtcNow, logLevel.ToString(), category, message);
        }
    }
}
