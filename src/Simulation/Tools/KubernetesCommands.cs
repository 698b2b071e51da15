using System.Globalization;
using System.Text;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Simulation.Tools;

/// <summary>
/// The Kubernetes-like tool pack: services are deployments, instances are pods, hosts are nodes. Remediations map
/// to the same cell changes as the generic tools (rollout undo = config rollback, delete pod = restart).
/// </summary>
internal static class KubernetesCommands
{
    public static readonly CommandSpec[] All =
    [
        new("kubectl get", ToolPack.Kubernetes, "kubectl get pods|deployments|nodes|services [-l app=<service>] [-n default]", "list resources", Get),
        new("kubectl describe", ToolPack.Kubernetes, "kubectl describe pod <pod>", "details and recent events of a pod", Describe),
        new("kubectl logs", ToolPack.Kubernetes, "kubectl logs <pod> [--since 10m] [--tail 20] [--grep text]", "a pod's log lines", Logs),
        new("kubectl top", ToolPack.Kubernetes, "kubectl top pods [pod] [-l app=<service>] | nodes [node]", "CPU and memory use", Top),
        new("kubectl rollout", ToolPack.Kubernetes, "kubectl rollout undo|restart|status|history deployment/<name>", "roll back, restart gradually, watch a deployment, or list its revisions", Rollout),
        new("kubectl scale", ToolPack.Kubernetes, "kubectl scale deployment/<name> --replicas=<n>", "change a deployment's replica count", Scale),
        new("kubectl delete", ToolPack.Kubernetes, "kubectl delete pod <pod>", "delete a pod (it is recreated)", Delete),
        new("kubectl cordon", ToolPack.Kubernetes, "kubectl cordon <node>", "stop scheduling and drain traffic from a node", ctx => Cordon(ctx, true)),
        new("kubectl uncordon", ToolPack.Kubernetes, "kubectl uncordon <node>", "put a node back in service", ctx => Cordon(ctx, false)),
    ];

    private static readonly string[] Resources = ["pods", "deployments", "nodes", "services"];

    private static CommandResult Get(CommandContext ctx)
    {
        var flags = KubectlFlags.Of(ctx.Line);
        var resource = Normalize(flags[2]);
        if (Array.IndexOf(Resources, resource) < 0)
        {
            return CommandResult.Fail($"error: the server doesn't have a resource type \"{flags[2]}\"{Suggestions.DidYouMean(flags[2], Resources)}");
        }

        if (flags.SelectorProblem is { } problem)
        {
            return CommandResult.Fail(problem);
        }

        if (resource != "nodes" && flags.OtherNamespace)
        {
            return CommandResult.Show(flags.NothingFound);
        }

        var rows = new List<string>();
        var cell = ctx.Cell;
        string header;
        switch (resource)
        {
            case "pods":
                header = "NAME                          READY   STATUS             RESTARTS   AGE";
                for (var i = 0; i < ctx.Topology.InstanceCount; i++)
                {
                    if (flags.Selects(ctx.Topology.Services[ctx.Topology.InstanceService[i]].Id, out _))
                    {
                        var state = cell.Instances[i];
                        var ready = state.Process == ProcessState.Online && state.InRotation ? "1/1" : "0/1";
                        rows.Add(string.Create(CultureInfo.InvariantCulture, $"{Pod(ctx, i),-29} {ready,-7} {PodStatus(ctx, i),-18} {state.OutOfMemoryKills + state.RecentRestarts,-10} {Age(cell.Now)}"));
                    }
                }

                break;
            case "deployments":
                header = "NAME                  READY   UP-TO-DATE   AVAILABLE   AGE";
                for (var s = 0; s < ctx.Topology.Services.Length; s++)
                {
                    if (flags.Selects(ctx.Topology.Services[s].Id, out _))
                    {
                        var members = ctx.Topology.ServiceInstances[s];
                        var ready = members.Count(i => cell.Instances[i].Process == ProcessState.Online && cell.Instances[i].InRotation);
                        rows.Add($"{ctx.Topology.Services[s].Id,-21} {ready}/{members.Length,-5} {members.Length,-12} {ready,-11} {Age(cell.Now + 86400 * 12)}");
                    }
                }

                break;
            case "nodes":
                header = "NAME          STATUS     ROLES    AGE    VERSION";
                for (var h = 0; h < ctx.Topology.Hosts.Length && flags.Selector is null; h++)
                {
                    var onHost = Enumerable.Range(0, ctx.Topology.InstanceCount).Where(i => ctx.Topology.InstanceHost[i] == h).ToArray();
                    var notReady = onHost.Length > 0 && onHost.All(i => cell.Effects[i].Unreachable);
                    var cordoned = onHost.Length > 0 && onHost.All(i => cell.Instances[i].Drained);
                    var status = (notReady ? "NotReady" : "Ready") + (cordoned ? ",SchedulingDisabled" : "");
                    rows.Add($"{ctx.Topology.Hosts[h].Id,-13} {status,-10} <none>   41d    v1.31.4");
                }

                break;
            default:
                header = "NAME                  TYPE        CLUSTER-IP      PORT(S)";
                for (var s = 0; s < ctx.Topology.Services.Length; s++)
                {
                    if (flags.Selects(ctx.Topology.Services[s].Id, out _))
                    {
                        rows.Add($"{ctx.Topology.Services[s].Id,-21} ClusterIP   10.96.{s / 250}.{(s % 250) + 10,-6}  {(ctx.Topology.Services[s].Kind == ServiceKind.Database ? 5432 : 8080)}/TCP");
                    }
                }

                break;
        }

        return CommandResult.Show(rows.Count == 0 ? flags.NothingFound : header + "\n" + string.Join('\n', rows) + "\n");
    }

    private static string Normalize(string resource) => resource switch
    {
        "pod" or "po" => "pods",
        "deployment" or "deploy" => "deployments",
        "node" or "no" => "nodes",
        "service" or "svc" => "services",
        _ => resource,
    };

    /// <summary>
    /// The STATUS column: a pod whose container was just killed for its memory shows OOMKilled until it crashes again
    /// in a loop (then CrashLoopBackOff, as kubectl shows it), not a generic back-off.
    /// </summary>
    private static string PodStatus(CommandContext ctx, int i)
    {
        var state = ctx.Cell.Instances[i];
        return state.Process switch
        {
            ProcessState.Online => "Running",
            ProcessState.Restarting when LastTermination(ctx, i) is "OOMKilled" && state.RecentRestarts <= 2 => "OOMKilled",
            ProcessState.Restarting => state.RecentRestarts > 1 ? "CrashLoopBackOff" : "ContainerCreating",
            ProcessState.Maintenance => "CrashLoopBackOff",
            ProcessState.Disabled => "Terminating",
            _ => "Error",
        };
    }

    /// <summary>Why the pod's container last ended, from its newest error event: OOMKilled, Error or none.</summary>
    private static string? LastTermination(CommandContext ctx, int i)
    {
        var last = ctx.Cell.Events.LastOrDefault(e => e.Instance == i && e.Level is "error" or "fatal");
        return last is null ? null : IsOutOfMemory(last.Message) ? "OOMKilled" : "Error";
    }

    private static bool IsOutOfMemory(string message) => message.StartsWith("out of memory", StringComparison.Ordinal);

    /// <summary>The event reason kubectl describe shows for a cell event.</summary>
    private static string Reason(Model.CellEvent e) => e.Level switch
    {
        "info" => "Started",
        _ when IsOutOfMemory(e.Message) => "OOMKilling",
        _ when e.Message.StartsWith("killed by operator", StringComparison.Ordinal) => "Killing",
        "warn" => "Unhealthy",
        _ => "BackOff",
    };

    private static string Age(long seconds) => seconds >= 86400 ? $"{seconds / 86400}d" : seconds >= 3600 ? $"{seconds / 3600}h" : $"{Math.Max(1, seconds / 60)}m";

    /// <summary>Pods get a stable generated suffix, as a ReplicaSet would give them.</summary>
    internal static string Pod(CommandContext ctx, int i)
    {
        var hash = Randomness.Prng.Mix(ctx.Cell.Seed, (ulong)i, 101);
        return string.Create(CultureInfo.InvariantCulture, $"{ctx.Topology.InstanceIds[i]}-{(uint)hash % 0xfffff:x5}");
    }

    private static int PodIndex(CommandContext ctx, string name, out string? problem)
    {
        problem = null;
        for (var i = 0; i < ctx.Topology.InstanceCount; i++)
        {
            if (Pod(ctx, i) == name || ctx.Topology.InstanceIds[i] == name)
            {
                return i;
            }
        }

        var pods = Enumerable.Range(0, ctx.Topology.InstanceCount).Select(i => Pod(ctx, i));
        problem = name.Length == 0 ? "missing pod name" : $"pods \"{name}\" not found{Suggestions.DidYouMean(name, pods)}";
        return -1;
    }

    private static CommandResult Describe(CommandContext ctx)
    {
        var flags = KubectlFlags.Of(ctx.Line);
        var i = PodIndex(ctx, flags[3].Length > 0 ? flags[3] : flags[2], out var problem);
        if (i < 0)
        {
            return CommandResult.Fail("Error from server (NotFound): " + problem);
        }

        var state = ctx.Cell.Instances[i];
        var spec = ctx.Topology.Services[ctx.Topology.InstanceService[i]];
        var text = new StringBuilder();
        text.AppendLine($"Name:         {Pod(ctx, i)}");
        text.AppendLine($"Node:         {ctx.Topology.Hosts[ctx.Topology.InstanceHost[i]].Id}");
        text.AppendLine($"Labels:       app={spec.Id}");
        text.AppendLine($"Namespace:    {KubectlFlags.Namespace}");
        text.AppendLine($"Status:       {PodStatus(ctx, i)}");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Limits:       memory: {spec.MemoryLimitMb:0}Mi"));
        text.AppendLine($"Restart Count: {state.OutOfMemoryKills + state.RecentRestarts}");
        switch (LastTermination(ctx, i))
        {
            case "OOMKilled":
                text.AppendLine("Last State:   Terminated\n  Reason:     OOMKilled\n  Exit Code:  137");
                break;
            case "Error":
                text.AppendLine("Last State:   Terminated\n  Reason:     Error\n  Exit Code:  1");
                break;
        }

        text.AppendLine("Events:\n  Type     Reason     Age    Message");
        foreach (var e in ctx.Cell.Events.Where(e => e.Instance == i).TakeLast(8))
        {
            text.AppendLine($"  {(e.Level is "info" ? "Normal " : "Warning")}  {Reason(e),-10} {Age(ctx.Cell.Now - e.Second),-6} {e.Message}");
        }

        return CommandResult.Show(text.ToString());
    }

    private static CommandResult Logs(CommandContext ctx)
    {
        var i = PodIndex(ctx, KubectlFlags.Of(ctx.Line)[2], out var problem);
        if (i < 0)
        {
            return CommandResult.Fail("error: " + problem);
        }

        if (!ctx.Line.TryDuration("since", TimeSpan.FromMinutes(10), out var since, out problem) || !ctx.Line.TryInt("tail", 20, 1, 500, out var tail, out problem))
        {
            return CommandResult.Fail("error: " + problem);
        }

        var lines = LogGenerator.Lines(ctx.Cell, i, (long)since.TotalSeconds, ctx.Line.Option("grep"), null, tail);
        return CommandResult.Show(LogGenerator.Shown(ctx.Line, lines, "(no log lines)"));
    }

    private static CommandResult Top(CommandContext ctx)
    {
        var flags = KubectlFlags.Of(ctx.Line);
        var text = new StringBuilder();
        if (Normalize(flags[2]) == "nodes")
        {
            var node = flags[3].Length == 0 ? -1 : ctx.Host(flags[3], out _);
            if (node < 0 && flags[3].Length > 0)
            {
                return CommandResult.Fail($"Error from server (NotFound): nodes \"{flags[3]}\" not found{Suggestions.DidYouMean(flags[3], ctx.Topology.Hosts.Select(h => h.Id))}");
            }

            text.AppendLine("NAME          CPU(cores)   CPU%   MEMORY(bytes)");
            for (var h = 0; h < ctx.Topology.Hosts.Length; h++)
            {
                if (node >= 0 && node != h)
                {
                    continue;
                }

                var onHost = Enumerable.Range(0, ctx.Topology.InstanceCount).Where(i => ctx.Topology.InstanceHost[i] == h).ToArray();
                var cores = onHost.Sum(i => ctx.Cell.Instances[i].Cpu) + (ctx.Cell.HostAgentCpu[h] * ctx.Topology.Hosts[h].Cpus);
                var memory = onHost.Sum(i => ctx.Cell.Instances[i].MemoryMb);
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{ctx.Topology.Hosts[h].Id,-13} {cores * 1000,8:0}m   {Math.Min(100, cores / ctx.Topology.Hosts[h].Cpus * 100),3:0}%   {memory,8:0}Mi"));
            }

            return CommandResult.Show(text.ToString());
        }

        if (Normalize(flags[2]) != "pods")
        {
            return CommandResult.Fail($"error: unknown resource \"{flags[2]}\" for kubectl top (pods or nodes)");
        }

        if (flags.SelectorProblem is { } problem)
        {
            return CommandResult.Fail(problem);
        }

        var only = -1;
        if (flags[3].Length > 0 && (only = PodIndex(ctx, flags[3], out problem)) < 0)
        {
            return CommandResult.Fail("Error from server (NotFound): " + problem);
        }

        if (flags.OtherNamespace)
        {
            return CommandResult.Show(flags.NothingFound);
        }

        var rows = new List<string>();
        for (var i = 0; i < ctx.Topology.InstanceCount; i++)
        {
            if ((only < 0 || only == i) && flags.Selects(ctx.Topology.Services[ctx.Topology.InstanceService[i]].Id, out _))
            {
                rows.Add(string.Create(CultureInfo.InvariantCulture, $"{Pod(ctx, i),-29} {ctx.Cell.Instances[i].Cpu * 1000,8:0}m   {ctx.Cell.Instances[i].MemoryMb,8:0}Mi"));
            }
        }

        return CommandResult.Show(rows.Count == 0 ? flags.NothingFound : "NAME                          CPU(cores)   MEMORY(bytes)\n" + string.Join('\n', rows) + "\n");
    }

    private static int Deployment(CommandContext ctx, string word, out string? problem)
    {
        var name = word.StartsWith("deployment/", StringComparison.Ordinal) ? word["deployment/".Length..] : word.StartsWith("deploy/", StringComparison.Ordinal) ? word["deploy/".Length..] : word;
        return ctx.Service(name, out problem);
    }

    private static CommandResult Rollout(CommandContext ctx)
    {
        var flags = KubectlFlags.Of(ctx.Line);
        var verb = flags[2];
        var s = Deployment(ctx, flags[3], out var problem);
        if (verb is not ("undo" or "restart" or "status" or "history"))
        {
            return CommandResult.Fail($"error: unknown rollout command \"{verb}\"{Suggestions.DidYouMean(verb, ["undo", "restart", "status", "history"])}");
        }

        if (s < 0)
        {
            return CommandResult.Fail("error: " + problem);
        }

        var members = ctx.Topology.ServiceInstances[s];
        var name = ctx.Topology.Services[s].Id;
        switch (verb)
        {
            case "history":
                return CommandResult.Show(RolloutHistory(ctx, s));
            case "undo":
                ctx.Cell.RollbackConfig(s);
                RemediationCommands.RecordConfigChange(ctx, s, RemediationCommands.RolledBack);
                return RemediationCommands.Apply(ctx, new Remediation(RemediationVerb.ConfigRollback, members, Service: s), $"deployment.apps/{name} rolled back\n");
            case "restart":
                // One pod at a time, a restart time apart, so capacity stays up.
                var step = Math.Max(2, (long)ctx.Topology.Services[s].RestartTime.TotalSeconds + 2);
                for (var k = 0; k < members.Length; k++)
                {
                    ctx.Cell.Instances[members[k]].ScheduledRestartAt = ctx.Cell.Now + 1 + (k * step);
                }

                return RemediationCommands.Apply(ctx, new Remediation(RemediationVerb.Restart, members, Service: s), $"deployment.apps/{name} restarted\n");
            default:
                var ready = members.Count(i => ctx.Cell.Instances[i].Process == ProcessState.Online);
                return CommandResult.Show(ready == members.Length
                    ? $"deployment \"{name}\" successfully rolled out\n"
                    : $"Waiting for deployment \"{name}\" rollout to finish: {ready} of {members.Length} updated replicas are available...\n");
        }
    }

    /// <summary>
    /// <c>kubectl rollout history</c>: revision 1 is what the deployment started with; every configuration the
    /// service's pods reloaded since (a push, an operator's change, a rollback) is a revision after it, oldest first.
    /// </summary>
    private static string RolloutHistory(CommandContext ctx, int s)
    {
        var members = ctx.Topology.ServiceInstances[s];
        var text = new StringBuilder($"deployment.apps/{ctx.Topology.Services[s].Id}\nREVISION  CHANGE-CAUSE\n1         <none>\n");
        var revision = 1;
        string? previous = null;
        foreach (var e in ctx.Cell.Events)
        {
            if (Array.IndexOf(members, e.Instance) >= 0 && RemediationCommands.IsConfigChange(e.Message) && e.Message != previous)
            {
                previous = e.Message;
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{++revision,-9} {e.Message} at {SimulatedClock.Time(e.Second)}"));
            }
        }

        return text.ToString();
    }

    private static CommandResult Scale(CommandContext ctx)
    {
        var s = Deployment(ctx, ctx.Line[2], out var problem);
        if (s < 0)
        {
            return CommandResult.Fail("error: " + problem);
        }

        if (!ctx.Line.TryInt("replicas", -1, 1, 1000, out var replicas, out problem) || replicas < 0)
        {
            return CommandResult.Fail("error: " + (problem ?? "--replicas=<n> is required"));
        }

        var current = ctx.Topology.ServiceInstances[s].Length + ctx.Cell.ServiceExtraInstances[s];
        ctx.Cell.ServiceExtraInstances[s] = Math.Max(0, replicas - ctx.Topology.ServiceInstances[s].Length);
        var output = replicas < current ? $"deployment.apps/{ctx.Topology.Services[s].Id} scaled (note: the original {ctx.Topology.ServiceInstances[s].Length} pods are kept)\n" : $"deployment.apps/{ctx.Topology.Services[s].Id} scaled\n";
        return RemediationCommands.Apply(ctx, new Remediation(RemediationVerb.ScaleOut, [], Service: s), output);
    }

    private static CommandResult Delete(CommandContext ctx)
    {
        var flags = KubectlFlags.Of(ctx.Line);
        var i = PodIndex(ctx, flags[3], out var problem);
        if (flags[2] is not ("pod" or "pods" or "po") || i < 0)
        {
            return CommandResult.Fail("error: " + (problem ?? "usage: kubectl delete pod <pod>"));
        }

        ctx.Cell.Restart(i);
        return RemediationCommands.Apply(ctx, new Remediation(RemediationVerb.Restart, [i]), $"pod \"{Pod(ctx, i)}\" deleted\n");
    }

    private static CommandResult Cordon(CommandContext ctx, bool cordon)
    {
        var h = ctx.Host(ctx.Line[2], out var problem);
        if (h < 0)
        {
            return CommandResult.Fail("error: " + problem);
        }

        var onHost = Enumerable.Range(0, ctx.Topology.InstanceCount).Where(i => ctx.Topology.InstanceHost[i] == h).ToArray();
        foreach (var i in onHost)
        {
            ctx.Cell.Instances[i].Drained = cordon;
        }

        return RemediationCommands.Apply(ctx, new Remediation(cordon ? RemediationVerb.Drain : RemediationVerb.Restore, onHost, Host: h),
            $"node/{ctx.Topology.Hosts[h].Id} {(cordon ? "cordoned" : "uncordoned")}\n");
    }
}
