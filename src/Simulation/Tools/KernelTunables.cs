using System.Globalization;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Tools;

/// <summary>
/// The kernel tunables <c>sysctl</c> knows on the cell's instances, each with the values a kernel accepts. A key the
/// kernel does not have and a value it would refuse get the kernel's own words, so an absurd setting is never
/// recorded as a remedy. Real tunables the model has no use for are taken and change nothing, as on a real host
/// where they do not touch the problem. The port settings stay on the instances (across process restarts); the
/// rest are recorded as the remediation faults read.
/// </summary>
internal static class KernelTunables
{
    private const string Ipv4 = "net.ipv4.";
    private const string PortRange = "net.ipv4.ip_local_port_range";
    private const long Unbounded = int.MaxValue;

    /// <summary>Tunables that take one whole number, with the range a kernel accepts.</summary>
    private static readonly Dictionary<string, (long Low, long High)> Numbers = new(StringComparer.Ordinal)
    {
        ["net.ipv4.tcp_tw_reuse"] = (0, 2),
        ["net.ipv4.tcp_slow_start_after_idle"] = (0, 1),
        ["net.ipv4.tcp_syncookies"] = (0, 2),
        ["net.ipv4.tcp_timestamps"] = (0, 2),
        ["net.ipv4.tcp_sack"] = (0, 1),
        ["net.ipv4.tcp_window_scaling"] = (0, 1),
        ["net.ipv4.tcp_mtu_probing"] = (0, 2),
        ["net.ipv4.tcp_fastopen"] = (0, 4095),
        ["net.ipv4.tcp_abort_on_overflow"] = (0, 1),
        ["net.ipv4.tcp_no_metrics_save"] = (0, 1),
        ["net.ipv4.tcp_fin_timeout"] = (1, 600),
        ["net.ipv4.tcp_keepalive_time"] = (1, 32767),
        ["net.ipv4.tcp_keepalive_intvl"] = (1, 32767),
        ["net.ipv4.tcp_keepalive_probes"] = (1, 127),
        ["net.ipv4.tcp_syn_retries"] = (1, 127),
        ["net.ipv4.tcp_synack_retries"] = (0, 255),
        ["net.ipv4.tcp_retries1"] = (0, 255),
        ["net.ipv4.tcp_retries2"] = (0, 255),
        ["net.ipv4.tcp_orphan_retries"] = (0, 255),
        ["net.ipv4.tcp_max_syn_backlog"] = (1, Unbounded),
        ["net.ipv4.tcp_max_tw_buckets"] = (0, Unbounded),
        ["net.ipv4.tcp_max_orphans"] = (0, Unbounded),
        ["net.ipv4.tcp_notsent_lowat"] = (0, Unbounded),
        ["net.ipv4.ip_forward"] = (0, 1),
        ["net.core.somaxconn"] = (0, Unbounded),
        ["net.core.netdev_max_backlog"] = (1, Unbounded),
        ["net.core.rmem_max"] = (0, Unbounded),
        ["net.core.wmem_max"] = (0, Unbounded),
        ["net.core.rmem_default"] = (0, Unbounded),
        ["net.core.wmem_default"] = (0, Unbounded),
        ["fs.file-max"] = (1, long.MaxValue),
        ["fs.nr_open"] = (1, Unbounded),
        ["vm.swappiness"] = (0, 200),
        ["vm.overcommit_memory"] = (0, 2),
        ["kernel.pid_max"] = (301, 4194304),
        ["kernel.threads-max"] = (20, Unbounded),
    };

    /// <summary>Tunables that take three whole numbers (minimum, default or pressure, maximum).</summary>
    private static readonly HashSet<string> Triples = new(StringComparer.Ordinal) { "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem", "net.ipv4.tcp_mem" };

    private static readonly HashSet<string> CongestionControls = new(StringComparer.Ordinal) { "cubic", "reno", "bbr", "htcp", "vegas" };

    /// <summary>A key as typed, made whole: a bare TCP name such as <c>tcp_tw_reuse</c> is net.ipv4's.</summary>
    public static string FullName(string key) =>
        key.StartsWith("net.", StringComparison.Ordinal) || key.StartsWith("fs.", StringComparison.Ordinal)
        || key.StartsWith("vm.", StringComparison.Ordinal) || key.StartsWith("kernel.", StringComparison.Ordinal)
            ? key
            : Ipv4 + key;

    /// <summary>The name faults read a setting by: net.ipv4's without the prefix (<c>tcp_tw_reuse</c>), others whole.</summary>
    public static string ShortName(string fullName) =>
        fullName.StartsWith(Ipv4, StringComparison.Ordinal) ? fullName[Ipv4.Length..] : fullName;

    /// <summary>
    /// Reads <paramref name="value"/> for the tunable <paramref name="fullName"/> as a kernel would: answers the value as
    /// the kernel then shows it (<paramref name="shown"/>), or, when it refuses, why in its words.
    /// </summary>
    public static string? Refusal(string fullName, string value, out string shown)
    {
        shown = value;
        if (fullName == PortRange)
        {
            if (!Ports(value, out var low, out var high))
            {
                return Invalid(fullName, "expected two port numbers from 1 to 65535, low then high, e.g. \"1024 65535\"");
            }

            shown = string.Create(CultureInfo.InvariantCulture, $"{low}\t{high}");
            return null;
        }

        if (Triples.Contains(fullName))
        {
            var parts = value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || !parts.All(p => long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return Invalid(fullName, "expected three whole numbers: minimum, default and maximum");
            }

            shown = string.Join('\t', parts);
            return null;
        }

        if (fullName == "net.ipv4.tcp_congestion_control")
        {
            return CongestionControls.Contains(value) ? null : $"setting key \"{fullName}\": No such file or directory (no congestion control named '{value}')";
        }

        if (!Numbers.TryGetValue(fullName, out var bounds))
        {
            return $"cannot stat /proc/sys/{fullName.Replace('.', '/')}: No such file or directory";
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < bounds.Low || number > bounds.High)
        {
            return Invalid(fullName, string.Create(CultureInfo.InvariantCulture, $"expected a whole number from {bounds.Low} to {bounds.High}"));
        }

        shown = number.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>
    /// Records the settings that stay on <paramref name="instances"/> (<paramref name="value"/> as <see cref="Refusal"/>
    /// showed it); others leave no state.
    /// </summary>
    public static void Apply(CellState cell, int[] instances, string fullName, string value)
    {
        if (fullName == "net.ipv4.tcp_tw_reuse")
        {
            foreach (var i in instances)
            {
                // 1 reuses ports for every outbound connection; 2 only for loopback ones, not calls between services.
                cell.Instances[i].TimeWaitReuse = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }
        else if (fullName == PortRange && Ports(value, out var low, out var high))
        {
            foreach (var i in instances)
            {
                cell.Instances[i].PortLow = low;
                cell.Instances[i].PortHigh = high;
            }
        }
    }

    /// <summary>Reads <c>low high</c> (also <c>low-high</c>): both from 1 to 65535, low not above high.</summary>
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

        return low is >= 1 and <= 65535 && high is >= 1 and <= 65535 && low <= high;
    }

    private static string Invalid(string fullName, string expected) => $"setting key \"{fullName}\": Invalid argument ({expected})";
}
