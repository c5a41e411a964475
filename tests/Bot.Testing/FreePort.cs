using System.Net;
using System.Net.Sockets;

namespace Bot.Testing;

/// <summary>Finds loopback ports nobody listens on.</summary>
public static class FreePort
{
    /// <summary>A free port; with <paramref name="withClusterBus"/>, port + 10000 (the Redis cluster bus) is free too.</summary>
    public static int Find(bool withClusterBus = false)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Probe(0);
            if (!withClusterBus)
            {
                return port;
            }

            if (port + 10_000 <= IPEndPoint.MaxPort && IsFree(port + 10_000))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No free loopback port pair (port, port + 10000) found for a cluster node.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            Probe(port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int Probe(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
