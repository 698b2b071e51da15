using System.Net.Sockets;
using Microsoft.Extensions.Hosting;

namespace PracticePlatform.Silo.Hosting;

/// <summary>
/// Runs a platform host to its end. A start that fails (database refused, port in use, bad setting) prints one line
/// naming the problem and exits non-zero, instead of a stack trace.
/// </summary>
public static class PracticeHostRunner
{
    /// <summary>Builds the host with <paramref name="build"/> and runs it; a bad setting found while building counts as a failed start.</summary>
    public static async Task<int> RunAsync(Func<IHost> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        try
        {
            await build().RunAsync();
            return 0;
        }
        catch (Exception e) when (e is not (OperationCanceledException or HostAbortedException))
        {
            // HostAbortedException is how test hosts (WebApplicationFactory) stop a Program after it built its host.
            await Console.Error.WriteLineAsync($"practice: could not start: {Describe(e)}");
            return 1;
        }
    }

    /// <summary>The line an operator needs: the platform's own startup message, a port in use, or the innermost cause.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StartupException startup:
                    return startup.Message;
                case SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } socket:
                    return $"a port it needs is in use ({socket.Message}); give each silo its own PRACTICE_SILO_PORT and PRACTICE_GATEWAY_PORT, and each host its own --urls.";
                case IOException { InnerException: SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } } io:
                    return $"a port it needs is in use ({io.Message}).";
            }
        }
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }
        return innermost.Message.ReplaceLineEndings(" ");
    }
}
