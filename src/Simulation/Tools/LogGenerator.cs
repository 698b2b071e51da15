using System.Globalization;
using System.Text;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Randomness;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tools;

/// <summary>
/// Structured JSON log lines made on demand from recorded state: a line's content is a pure function of
/// (seed, instance, second, line number) and of what the instance was doing that minute, so nothing is stored.
/// </summary>
internal static class LogGenerator
{
    private const int MaxScanSeconds = 7200;

    /// <summary>
    /// The lines as a tool prints them. Without <c>--since</c> the window is a default the reader did not choose, so a
    /// last line says which, and how to look further back.
    /// </summary>
    public static string Shown(CommandLine line, List<string> lines, string none)
    {
        var text = lines.Count == 0 ? none + "\n" : string.Join('\n', lines) + "\n";
        return line.Option("since") is null ? text + "-- only the last 10m are shown; --since 1h looks further back --\n" : text;
    }

    public static List<string> Lines(CellState cell, int instance, long sinceSeconds, string? grep, string? level, int tail)
    {
        var found = new List<string>();
        var end = cell.Now - 1;
        var start = Math.Max(0, Math.Max(cell.Now - sinceSeconds, cell.Now - MaxScanSeconds));
        var events = cell.Events;
        var e = events.Count - 1;
        for (var second = end; second >= start && found.Count < tail; second--)
        {
            var perSecond = new List<string>();
            while (e >= 0 && events[e].Second > second)
            {
                e--;
            }

            for (var k = e; k >= 0 && events[k].Second == second; k--)
            {
                if (events[k].Instance == instance)
                {
                    perSecond.Add(Json(cell, instance, second, events[k].Level, events[k].Message, (ulong)k, null));
                }
            }

            Traffic(cell, instance, second, perSecond);
            for (var k = perSecond.Count - 1; k >= 0 && found.Count < tail; k--)
            {
                var line = perSecond[k];
                if ((grep is null || line.Contains(grep, StringComparison.OrdinalIgnoreCase))
                    && (level is null || line.Contains($"\"level\":\"{level}\"", StringComparison.Ordinal)))
                {
                    found.Add(line);
                }
            }
        }

        found.Reverse();
        return found;
    }

    private static void Traffic(CellState cell, int instance, long second, List<string> lines)
    {
        var minute = second / 60;
        double rps, errors;
        ProcessState process;
        FailureReason reason;
        if (minute >= cell.Metrics.CompletedMinutes)
        {
            ref var now = ref cell.Instances[instance];
            (rps, errors, process, reason) = (now.Rps, now.Rps * cell.ObservedErrorShare(instance), now.Process, cell.ObservedReason(instance));
        }
        else if (cell.Metrics.Has(minute))
        {
            rps = cell.Metrics.Value(instance, MetricKind.Rps, minute);
            errors = cell.Metrics.Value(instance, MetricKind.Errors, minute) / 60;
            process = cell.Metrics.State(instance, minute);
            reason = cell.Metrics.Reason(instance, minute);
        }
        else
        {
            return;
        }

        if (process != ProcessState.Online || rps <= 0)
        {
            return;
        }

        // About one sampled access-log line per 100 requests, at most 4 a second.
        var count = (int)Math.Min(4, Math.Ceiling(rps / 100));
        var errorShare = Math.Clamp(errors / rps, 0, 1);
        var service = cell.Topology.Services[cell.Topology.InstanceService[instance]];
        for (var k = 0; k < count; k++)
        {
            var draw = Prng.Mix(cell.Seed ^ (ulong)instance, (ulong)second, (ulong)k);
            var isError = (draw >> 11) * (1.0 / (1UL << 53)) < errorShare;
            lines.Add(isError
                ? Json(cell, instance, second, "error", ErrorMessage(service, reason), draw, ErrorCode(reason))
                : Json(cell, instance, second, "info", Handled(service.Kind, draw), draw, null));
        }
    }

    private static string Json(CellState cell, int instance, long second, string level, string message, ulong draw, string? err)
    {
        var skew = cell.HostClockSkew[cell.Topology.InstanceHost[instance]];
        var text = new StringBuilder(160);
        text.Append("{\"time\":\"").Append(SimulatedClock.Iso(second, skew))
            .Append("\",\"level\":\"").Append(level)
            .Append("\",\"name\":\"").Append(cell.Topology.Services[cell.Topology.InstanceService[instance]].Id)
            .Append("\",\"hostname\":\"").Append(cell.Topology.InstanceIds[instance])
            .Append("\",\"req_id\":\"").Append(RequestId(cell.Seed, instance, second, draw))
            .Append("\",\"msg\":\"").Append(message.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        if (err is not null)
        {
            text.Append(",\"err\":\"").Append(err).Append('"');
        }

        return text.Append('}').ToString();
    }

    private static string RequestId(ulong seed, int instance, long second, ulong draw)
    {
        var a = Prng.Mix(seed, (ulong)instance, draw ^ (ulong)second);
        return string.Create(CultureInfo.InvariantCulture, $"{(uint)(a >> 32):x8}-{(ushort)(a >> 16):x4}-4{(ushort)a & 0xfff:x3}-{(ushort)(draw >> 8) & 0x3fff | 0x8000:x4}-{draw & 0xffffffffffff:x12}");
    }

    private static string Handled(ServiceKind kind, ulong draw)
    {
        var ms = 2 + (draw % 40);
        return kind switch
        {
            ServiceKind.Database => $"duration: {ms / 10.0:0.0} ms statement: SELECT * FROM manta WHERE _key = $1",
            ServiceKind.Storage => $"handled: 200 GET /{draw % 9000:x}/obj ({ms} ms)",
            ServiceKind.Coordination => "Accepted socket connection from client",
            _ => $"handled: 200 ({ms} ms)",
        };
    }

    private static string ErrorMessage(ServiceSpec service, FailureReason reason) => reason switch
    {
        FailureReason.Timeout => "request timed out waiting for upstream",
        FailureReason.Refused => "connect ECONNREFUSED: upstream refused connection",
        FailureReason.Overload => "request rejected: server too busy (queue full)",
        FailureReason.PoolExhausted => "no connection available in pool (all connections busy)",
        FailureReason.Dns => "getaddrinfo ENOTFOUND: name resolution failed",
        FailureReason.Tls => "certificate has expired: TLS handshake failed",
        FailureReason.Auth => "token not yet valid or expired: check clock (nbf/exp)",
        FailureReason.DiskFull => "ENOSPC: no space left on device, write",
        FailureReason.TooManyOpenFiles => "accept EMFILE: too many open files",
        FailureReason.NoPorts => "connect EADDRNOTAVAIL: cannot assign requested address",
        FailureReason.Unavailable => service.Kind == ServiceKind.Database ? "no primary available: cannot execute in a read-only transaction" : "no backend available",
        _ => "internal error handling request",
    };

    private static string ErrorCode(FailureReason reason) => reason switch
    {
        FailureReason.Timeout => "RequestTimeoutError",
        FailureReason.Refused => "ECONNREFUSED",
        FailureReason.Overload => "ServiceUnavailableError",
        FailureReason.PoolExhausted => "PoolExhaustedError",
        FailureReason.Dns => "ENOTFOUND",
        FailureReason.Tls => "CERT_HAS_EXPIRED",
        FailureReason.Auth => "InvalidTokenError",
        FailureReason.DiskFull => "ENOSPC",
        FailureReason.Unavailable => "NoDatabasePeersError",
        FailureReason.TooManyOpenFiles => "EMFILE",
        FailureReason.NoPorts => "EADDRNOTAVAIL",
        _ => "InternalError",
    };
}
