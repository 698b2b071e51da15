namespace PracticePlatform.Api.Dashboard;

/// <summary>Wiring of the runtime dashboard: the call collector, the log ring and the snapshot composer.</summary>
public static class DashboardServiceCollectionExtensions
{
    public static WebApplicationBuilder AddRuntimeDashboard(this WebApplicationBuilder builder)
    {
        var logs = new LogRing();
        builder.Services.AddSingleton(logs);
        builder.Logging.AddProvider(new LogRingProvider(logs));
        builder.Services.AddSingleton<RuntimeCallCollector>();
        builder.Services.AddSingleton<DashboardSnapshots>();
        builder.Services.AddSingleton<IPracticeFigureSource, SessionIndexFigures>();
        return builder;
    }
}
