using System.Globalization;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Tools;

/// <summary>
/// The net.ipv4 tunables <c>sysctl</c> knows on the cell's hosts, each with the values the kernel would accept. A key
/// the kernel does not have and a value it would refuse get the kernel's own words, so an absurd setting is never
/// recorded as a remedy. The port settings are the hosts' own state (kept across process restarts); the rest are
/// recorded as the remediation faults read.
/// </summary>
internal static class KernelTunables
{
    private static readonly Dictionary<string, (long Low, long High)> Numbers = new(StringComparer.Ordinal)
    {
        ["tcp_tw_reuse"] = (0, 2),
        ["tcp_slow_start_after_idle"] = (0, 1),
        ["tcp_syncookies"] = (0, 2),
        ["tcp_fin_timeout"] = (1, 600),
        ["tcp_keepalive_time"] = (1, 32767),
        ["tcp_keepalive_intvl"] = (1, 32767),
        ["tcp_keepalive_probes"] = (1, 127),
        ["tcp_max_syn_backlog"] = (1, 1 << 20),
        ["tcp_max_tw_buckets"] = (0, int.MaxValue),
        ["tcp_retries2"] = (0, 255),
    };

    private const string PortRange = "ip_local_port_range";

    /// <summary>
    /// Reads <paramref name="value"/> for <paramref name="key"/> (without its net.ipv4. prefix) as the kernel would:
    /// answers the value as the kernel then shows it (<paramref name="shown"/>), or why it refuses it.
    /// </summary>
    public static string? Refusal(string key, string value, out string shown)
    {
        shown = value;
        if (key == PortRange)
        {
            if (!Ports(value, out var low, out var high))
            {
                return Invalid(key, "expected two port numbers, low then high, between 1024 and 65535, e.g. \"1024 65535\"");
            }

            shown = string.Create(CultureInfo.InvariantCulture, $"{low}\t{high}");
            return null;
        }

        if (!Numbers.TryGetValue(key, out var bounds))
        {
            return $"cannot stat /proc/sys/net/ipv4/{key.Replace('.', '/')}: No such file or directory";
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < bounds.Low || number > bounds.High)
        {
            return Invalid(key, string.Create(CultureInfo.InvariantCulture, $"expected a whole number from {bounds.Low} to {bounds.High}"));
        }

        shown = number.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>
    /// Records the settings that are the hosts' own state on <paramref name="instances"/> (<paramref name="value"/> as
    /// <see cref="Refusal"/> showed it); others leave no state.
    /// </summary>
    public static void Apply(CellState cell, int[] instances, string key, string value)
    {
        if (key == "tcp_tw_reuse")
        {
            foreach (var i in instances)
            {
                // 1 reuses ports for every outbound connection; 2 only for loopback ones, not calls between services.
                cell.Instances[i].TimeWaitReuse = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }
        else if (key == PortRange && Ports(value, out var low, out var high))
        {
            foreach (var i in instances)
            {
                cell.Instances[i].PortLow = low;
                cell.Instances[i].PortHigh = high;
            }
        }
    }

    /// <summary>Reads <c>low high</c> (also <c>low-high</c>): the kernel wants both, low below high, none below 1024 here.</summary>
    private static bool Ports(string value, out int low, out int high)
    {
        low = 0;
        high = 0;
        var parts = value.Split([' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out low)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out high))
        {
            return false;
        }

        return low is >= 1024 and <= 65535 && high is >= 1024 and <= 65535 && low < high;
    }

    private static string Invalid(string key, string expected) => $"setting key \"net.ipv4.{key}\": Invalid argument ({expected})";
}
