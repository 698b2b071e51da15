using System.Globalization;
using System.Text;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tools;

/// <summary>
/// Commands that change the cell. Each applies its plain effect, then tells live faults, which decide whether it
/// fixed them. Nothing stops a wrong move: restarting every instance at once drops all capacity for a while.
/// </summary>
internal static class RemediationCommands
{
    public static readonly CommandSpec[] All =
    [
        new("svcadm restart", ToolPack.Os, "svcadm restart <instance|service|host>", "restart service processes", ctx => Restart(ctx, 2, RemediationVerb.Restart)),
        new("svcadm clear", ToolPack.Os, "svcadm clear <instance|service>", "clear maintenance state and start again", ctx => Restart(ctx, 2, RemediationVerb.Clear)),
        new("svcadm disable", ToolPack.Os, "svcadm disable <instance|service>", "stop and disable", Disable),
        new("svcadm enable", ToolPack.Os, "svcadm enable <instance|service>", "enable and start", Enable),
        new("restart", ToolPack.Os, "restart <instance|service|host>", "restart service processes", ctx => Restart(ctx, 1, RemediationVerb.Restart)),
        new("drain", ToolPack.Os, "drain <instance|host>", "take out of load-balancer rotation", ctx => Drain(ctx, true)),
        new("undrain", ToolPack.Os, "undrain <instance|host>", "put back into rotation", ctx => Drain(ctx, false)),
        new("free-disk", ToolPack.Os, "free-disk <instance>", "remove the largest runaway file and compress old logs", FreeDisk),
        new("config rollback", ToolPack.Os, "config rollback <service>", "return the service to its last known good configuration", ConfigRollback),
        new("config set", ToolPack.Os, "config set <service> <key> <value>", "change one configuration value and reload", ConfigSet),
        new("kill", ToolPack.Os, "kill <host> <process-name>", "kill a process on a host", Kill),
        new("ntpdate", ToolPack.Os, "ntpdate <host>", "step the host clock to NTP time", FixClock),
        new("cert renew", ToolPack.Os, "cert renew <service>", "issue and install a new TLS certificate", RenewCertificate),
        new("cert show", ToolPack.Os, "cert show <service>", "show the TLS certificate's validity", ShowCertificate),
        new("ratelimit", ToolPack.Os, "ratelimit <service> <requests-per-second|off>", "shed load above a rate at a service", RateLimit),
        new("sysctl", ToolPack.Os, "sysctl [-w] <service|host> <key>=<value>", "set a kernel tunable", Sysctl),
        new("scale-out", ToolPack.Os, "scale-out <service> <count>", "add capacity: provision more instances", ScaleOut),
    ];

    /// <summary>How a reloaded configuration reads in an instance's log (the bad-config fault writes the same words).</summary>
    internal const string ConfigReloaded = "configuration reloaded: ";

    internal const string RolledBack = "configuration rolled back to last known good";

    internal static bool IsConfigChange(string message) =>
        message.StartsWith(ConfigReloaded, StringComparison.Ordinal) || message.StartsWith(RolledBack, StringComparison.Ordinal);

    /// <summary>Logs an operator's configuration change on every instance of the service, as the instances' reload would.</summary>
    internal static void RecordConfigChange(CommandContext ctx, int service, string message)
    {
        foreach (var i in ctx.Topology.ServiceInstances[service])
        {
            ctx.Cell.AddEvent(i, "info", message);
        }
    }

    internal static CommandResult Apply(CommandContext ctx, Remediation remediation, string output)
    {
        ctx.Cell.NotifyRemediation(remediation);
        return CommandResult.Changed(output);
    }

    private static CommandResult Restart(CommandContext ctx, int at, RemediationVerb verb)
    {
        var instances = ctx.Instances(ctx.Line[at], out var problem);
        if (instances is null)
        {
            return CommandResult.Fail($"{ctx.Line[0]}: {problem}");
        }

        if (verb == RemediationVerb.Clear)
        {
            return Clear(ctx, instances);
        }

        foreach (var i in instances)
        {
            if (ctx.Cell.Instances[i].Process != ProcessState.Disabled)
            {
                ctx.Cell.Restart(i);
            }
        }

        var note = instances.Length > 1 && verb == RemediationVerb.Restart ? $" ({instances.Length} instances restarting at once)" : "";
        return Apply(ctx, new Remediation(verb, instances), $"{(verb == RemediationVerb.Clear ? "cleared" : "restarting")} {ctx.Line[at]}{note}\n");
    }

    /// <summary>
    /// <c>svcadm clear</c>: restarts the instances in maintenance and, as svcadm does, says of every other one that it
    /// is not in maintenance instead of claiming to have cleared it. Faults hear of the clear for every instance named,
    /// as before: whether an early clear should leave a staged crash's later wave to come is still open (issue 14).
    /// </summary>
    private static CommandResult Clear(CommandContext ctx, int[] instances)
    {
        var target = ctx.Line[2];
        var cleared = instances.Where(i => ctx.Cell.Instances[i].Process == ProcessState.Maintenance).ToArray();
        var others = instances.Except(cleared).ToArray();
        foreach (var i in cleared)
        {
            ctx.Cell.Restart(i);
        }

        var text = new StringBuilder();
        if (cleared.Length == 0)
        {
            text.Append("svcadm: ").Append(instances.Length == 1 ? $"{target} is not in maintenance" : $"no instance of {target} is in maintenance")
                .Append(" (").Append(States(ctx, others)).AppendLine("); nothing to clear");
        }
        else
        {
            text.Append("cleared ").Append(target);
            if (others.Length > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" ({cleared.Length} of {instances.Length} instances were in maintenance; the others are {States(ctx, others)})");
            }

            text.AppendLine();
        }

        return Apply(ctx, new Remediation(RemediationVerb.Clear, instances), text.ToString());
    }

    /// <summary>How many of <paramref name="instances"/> are in each state, e.g. "4 online, 1 offline*".</summary>
    private static string States(CommandContext ctx, int[] instances) => string.Join(", ", instances
        .GroupBy(i => ctx.Cell.Instances[i].Process)
        .Select(g => instances.Length == 1 ? OsCommands.StateName(g.Key) : $"{g.Count()} {OsCommands.StateName(g.Key)}"));

    private static CommandResult Disable(CommandContext ctx)
    {
        var instances = ctx.Instances(ctx.Line[2], out var problem);
        if (instances is null)
        {
            return CommandResult.Fail("svcadm disable: " + problem);
        }

        foreach (var i in instances)
        {
            ctx.Cell.SetProcess(i, ProcessState.Disabled, "disabled by operator");
        }

        return Apply(ctx, new Remediation(RemediationVerb.Disable, instances), $"disabled {ctx.Line[2]}\n");
    }

    private static CommandResult Enable(CommandContext ctx)
    {
        var instances = ctx.Instances(ctx.Line[2], out var problem);
        if (instances is null)
        {
            return CommandResult.Fail("svcadm enable: " + problem);
        }

        foreach (var i in instances)
        {
            if (ctx.Cell.Instances[i].Process == ProcessState.Disabled)
            {
                ctx.Cell.Restart(i);
            }
        }

        return Apply(ctx, new Remediation(RemediationVerb.Enable, instances), $"enabled {ctx.Line[2]}\n");
    }

    private static CommandResult Drain(CommandContext ctx, bool drain)
    {
        var instances = ctx.Instances(ctx.Line[1], out var problem);
        if (instances is null)
        {
            return CommandResult.Fail($"{ctx.Line[0]}: {problem}");
        }

        foreach (var i in instances)
        {
            ctx.Cell.Instances[i].Drained = drain;
            ctx.Cell.AddEvent(i, "info", drain ? "removed from rotation by operator" : "returned to rotation by operator");
        }

        return Apply(ctx, new Remediation(drain ? RemediationVerb.Drain : RemediationVerb.Restore, instances), $"{(drain ? "drained" : "restored")} {instances.Length} instance(s)\n");
    }

    private static CommandResult FreeDisk(CommandContext ctx)
    {
        var i = ctx.Instance(ctx.Line[1], out var problem);
        if (i < 0)
        {
            return CommandResult.Fail("free-disk: " + problem);
        }

        var spec = ctx.Topology.Services[ctx.Topology.InstanceService[i]];
        var before = ctx.Cell.Instances[i].DiskUsedGb;
        ctx.Cell.Instances[i].DiskUsedGb = Math.Min(before, spec.DiskUsedGb);
        var freed = before - ctx.Cell.Instances[i].DiskUsedGb;
        return Apply(ctx, new Remediation(RemediationVerb.FreeDisk, [i]),
            string.Create(CultureInfo.InvariantCulture, $"freed {freed:0.0} GB on {ctx.Topology.InstanceIds[i]}\n"));
    }

    private static CommandResult ConfigRollback(CommandContext ctx)
    {
        var s = ctx.Service(ctx.Line[2], out var problem);
        if (s < 0)
        {
            return CommandResult.Fail("config rollback: " + problem);
        }

        ctx.Cell.RollbackConfig(s);
        RecordConfigChange(ctx, s, RolledBack);
        return Apply(ctx, new Remediation(RemediationVerb.ConfigRollback, ctx.Topology.ServiceInstances[s], Service: s),
            $"{ctx.Topology.Services[s].Id}: configuration rolled back to last known good; instances reloading\n");
    }

    private static CommandResult ConfigSet(CommandContext ctx)
    {
        var s = ctx.Service(ctx.Line[2], out var problem);
        if (s < 0 || ctx.Line.Count < 5)
        {
            return CommandResult.Fail("config set: " + (problem ?? "usage: config set <service> <key> <value>"));
        }

        ctx.Cell.SetConfig(s, ctx.Line[3], ctx.Line[4]);
        RecordConfigChange(ctx, s, $"{ConfigReloaded}{ctx.Line[3]} = {ctx.Line[4]} (set by operator)");
        return Apply(ctx, new Remediation(RemediationVerb.ConfigSet, ctx.Topology.ServiceInstances[s], Service: s, Key: ctx.Line[3], Value: ctx.Line[4]),
            $"{ctx.Topology.Services[s].Id}: {ctx.Line[3]} = {ctx.Line[4]}; instances reloading\n");
    }

    private static CommandResult Kill(CommandContext ctx)
    {
        var host = ctx.Host(ctx.Line[1], out var problem);
        if (host < 0 || ctx.Line[2].Length == 0)
        {
            return CommandResult.Fail("kill: " + (problem ?? "usage: kill <host> <process-name>"));
        }

        var onHost = Enumerable.Range(0, ctx.Topology.InstanceCount).Where(i => ctx.Topology.InstanceHost[i] == host).ToArray();
        var byName = onHost.Where(i => ctx.Topology.InstanceIds[i] == ctx.Line[2] || ctx.Topology.Services[ctx.Topology.InstanceService[i]].Id == ctx.Line[2]).ToArray();
        foreach (var i in byName)
        {
            ctx.Cell.Crash(i, "killed by operator (SIGKILL)");
        }

        return Apply(ctx, new Remediation(RemediationVerb.KillProcess, byName, Host: host, Value: ctx.Line[2]), $"sent SIGKILL to {ctx.Line[2]} on {ctx.Topology.Hosts[host].Id}\n");
    }

    private static CommandResult FixClock(CommandContext ctx)
    {
        var host = ctx.Host(ctx.Line[1], out var problem);
        if (host < 0)
        {
            return CommandResult.Fail("ntpdate: " + problem);
        }

        var skew = ctx.Cell.HostClockSkew[host];
        ctx.Cell.HostClockSkew[host] = 0;
        var onHost = Enumerable.Range(0, ctx.Topology.InstanceCount).Where(i => ctx.Topology.InstanceHost[i] == host).ToArray();
        return Apply(ctx, new Remediation(RemediationVerb.FixClock, onHost, Host: host),
            string.Create(CultureInfo.InvariantCulture, $"{SimulatedClock.Iso(ctx.Cell.Now)} ntpdate: step time server 10.0.0.1 offset {-skew:0.000000} sec\n"));
    }

    private static CommandResult RenewCertificate(CommandContext ctx)
    {
        var s = ctx.Service(ctx.Line[2], out var problem);
        if (s < 0)
        {
            return CommandResult.Fail("cert renew: " + problem);
        }

        return Apply(ctx, new Remediation(RemediationVerb.RenewCertificate, ctx.Topology.ServiceInstances[s], Service: s),
            $"{ctx.Topology.Services[s].Id}: new certificate issued, valid until {SimulatedClock.Iso(ctx.Cell.Now + (90 * 86400))}; reloaded\n");
    }

    private static CommandResult ShowCertificate(CommandContext ctx)
    {
        var s = ctx.Service(ctx.Line[2], out var problem);
        if (s < 0)
        {
            return CommandResult.Fail("cert show: " + problem);
        }

        var fault = ctx.Cell.LiveFault("certificate-expiry");
        var expired = fault is not null && fault.Spec.Target == ctx.Topology.Services[s].Id;
        var notAfter = expired ? fault!.InjectedAt : ctx.Cell.Now + (41 * 86400);
        return CommandResult.Show($"subject=CN={ctx.Topology.Services[s].Id}.internal\nnotBefore={SimulatedClock.Iso(notAfter - (90 * 86400))}\nnotAfter={SimulatedClock.Iso(notAfter)}{(expired ? "  (EXPIRED)" : "")}\n");
    }

    private static CommandResult RateLimit(CommandContext ctx)
    {
        var s = ctx.Service(ctx.Line[1], out var problem);
        if (s < 0)
        {
            return CommandResult.Fail("ratelimit: " + problem);
        }

        if (ctx.Line[2] == "off")
        {
            ctx.Cell.ServiceRateLimit[s] = double.PositiveInfinity;
            return Apply(ctx, new Remediation(RemediationVerb.RateLimit, [], Service: s, Value: "off"), $"{ctx.Line[1]}: rate limit removed\n");
        }

        if (!double.TryParse(ctx.Line[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate <= 0 || !double.IsFinite(rate))
        {
            return CommandResult.Fail($"ratelimit: expected a positive number of requests per second or 'off', not '{ctx.Line[2]}'");
        }

        ctx.Cell.ServiceRateLimit[s] = rate;
        return Apply(ctx, new Remediation(RemediationVerb.RateLimit, [], Service: s, Value: ctx.Line[2]), $"{ctx.Line[1]}: shedding load above {rate} requests/s\n");
    }

    private static CommandResult Sysctl(CommandContext ctx)
    {
        // sysctl -w <target> key=value reads as sysctl <target> key=value.
        var at = ctx.Line[1] == "-w" ? 2 : 1;
        var instances = ctx.Instances(ctx.Line[at], out var problem);
        var setting = ctx.Line[at + 1];
        var eq = setting.IndexOf('=');
        if (instances is null || eq <= 0)
        {
            return CommandResult.Fail("sysctl: " + (problem ?? "usage: sysctl [-w] <service|host> <key>=<value>"));
        }

        var key = KernelTunables.FullName(setting[..eq].Trim());
        if (KernelTunables.Refusal(key, setting[(eq + 1)..].Trim(), out var value) is { } refusal)
        {
            return CommandResult.Fail("sysctl: " + refusal);
        }

        KernelTunables.Apply(ctx.Cell, instances, key, value);
        return Apply(ctx, new Remediation(RemediationVerb.Sysctl, instances, Key: KernelTunables.ShortName(key), Value: value), $"{key} = {value} on {instances.Length} instance(s)\n");
    }

    private static CommandResult ScaleOut(CommandContext ctx)
    {
        var s = ctx.Service(ctx.Line[1], out var problem);
        if (s < 0 || !int.TryParse(ctx.Line[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 100)
        {
            return CommandResult.Fail("scale-out: " + (problem ?? "usage: scale-out <service> <count> (1-100)"));
        }

        ctx.Cell.ServiceExtraInstances[s] += count;
        return Apply(ctx, new Remediation(RemediationVerb.ScaleOut, [], Service: s),
            $"{ctx.Topology.Services[s].Id}: provisioning {count} more instance(s); capacity now {ctx.Topology.ServiceInstances[s].Length + ctx.Cell.ServiceExtraInstances[s]} instances' worth\n");
    }
}
