using System.Net;
using System.Net.Sockets;

namespace PracticePlatform.Testing;

/// <summary>A loopback port nothing listens on (it was free a moment ago and was let go): connecting to it is refused.</summary>
public static class ClosedPort
{
    /// <summary>Finds such a port.</summary>
    public static int Find()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
