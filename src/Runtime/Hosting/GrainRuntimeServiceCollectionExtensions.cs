using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PracticePlatform.Runtime.Reminders;
using PracticePlatform.Runtime.Storage;

namespace PracticePlatform.Runtime.Hosting;

/// <summary>Registers the grain runtime in a service container.</summary>
public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime hosting the grain classes of <paramref name="grainAssemblies"/>. Storage providers and the
    /// reminder table are registered separately; without them, in-memory ones are used.
    /// </summary>
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, Action<GrainRuntimeOptions>? configure, params Assembly[] grainAssemblies)
    {
        services.AddOptions<GrainRuntimeOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }
        foreach (var assembly in grainAssemblies)
        {
            services.AddSingleton(new GrainAssembly(assembly));
        }
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IReminderTable, MemoryReminderTable>();
        services.TryAddKeyedSingleton<IGrainStorage>(GrainStorageNames.Default, (_, _) => new MemoryGrainStorage());
        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddHostedService<GrainRuntimeHost>();
        return services;
    }
}
