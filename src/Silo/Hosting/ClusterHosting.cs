using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace PracticePlatform.Silo.Hosting;

/// <summary>
/// A silo of a cluster over PostgreSQL: membership through Orleans's ADO.NET clustering (statements from the
/// platform's schema, see <c>Storage/Postgres/Migrations</c>), its endpoints, and failure detection tuned so that a
/// silo killed outright is declared dead, and its grains answer again from survivors, within seconds.
/// </summary>
public static class ClusterHosting
{
    /// <summary>Joins the cluster that <paramref name="options"/> names, in the PostgreSQL database it names.</summary>
    public static ISiloBuilder AddPostgresClustering(this ISiloBuilder silo, SiloOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.RequirePostgres();
        silo.Configure<ClusterOptions>(cluster => (cluster.ClusterId, cluster.ServiceId) = (options.ClusterId, options.ServiceId));
        silo.UseAdoNetClustering(ado => (ado.Invariant, ado.ConnectionString) = ("Npgsql", connectionString));
        silo.ConfigureEndpoints(AdvertisedAddress(options), options.SiloPort ?? 11111, options.GatewayPort ?? 30000, listenOnAnyHostAddress: true);
        silo.Configure<ClusterMembershipOptions>(FailureDetection.Apply);
        silo.Configure<ClusterMembershipOptions>(configuration.GetSection("Practice:Cluster"));
        silo.AddKubernetesHostingIfInPod(configuration);
        return silo;
    }

    /// <summary>The address to advertise: the configured one, else the first up non-loopback IPv4 address, else loopback.</summary>
    public static IPAddress AdvertisedAddress(SiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AdvertisedIp is { Length: > 0 } configured)
        {
            return IPAddress.TryParse(configured, out var address)
                ? address
                : throw new InvalidOperationException($"PRACTICE_ADVERTISED_IP must be an IP address, not '{configured}'.");
        }
        return NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up && nic.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address))
            ?? IPAddress.Loopback;
    }
}
