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
        new("kubectl get", ToolPack.Kubernetes, "kubectl get pods|deployments|nodes|services [-l app=<service>]", "list resources", Get),
        new("kubectl describe", ToolPack.Kubernetes, "kubectl describe pod <pod>", "details and recent events of a pod", Describe),
        new("kubectl logs", ToolPack.Kubernetes, "kubectl logs <pod> [--since 10m] [--tail 20] [--grep text]", "a pod's log lines", Logs),
        new("kubectl top", ToolPack.Kubernetes, "kubectl top pods|nodes", "CPU and memory use", Top),
        new("kubectl rollout", ToolPack.Kubernetes, "kubectl rollout undo|restart|status deployment/<name>", "roll back, restart gradually, or watch a deployment", Rollout),
        new("kubectl scale", ToolPack.Kubernetes, "kubectl scale deployment/<name> --replicas=<n>", "change a deployment's replica count", Scale),
        new("kubectl delete", ToolPack.Kubernetes, "kubectl delete pod <pod>", "delete a pod (it is recreated)", Delete),
        new("kubectl cordon", ToolPack.Kubernetes, "kubectl cordon <node>", "stop scheduling and drain traffic from a node", ctx => Cordon(ctx, true)),
        new("kubectl uncordon", ToolPack.Kubernetes, "kubectl uncordon <node>", "put a node back in service", ctx => Cordon(ctx, false)),
    ];

    private static readonly string[] Resources = ["pods", "deployments", "nodes", "services"];

    private static CommandResult Get(CommandContext ctx)
    {
        var resource = Normalize(ctx.Line[2]);
        var selector = ctx.Line.Option("l") ?? ctx.Line.Option("selector");
        var app = selector is not null && selector.StartsWith("app=", StringComparison.Ordinal) ? selector[4..] : null;
        var text = new StringBuilder();
        var cell = ctx.Cell;
        switch (resource)
        {
            case "pods":
                text.AppendLine("NAME                          READY   STATUS             RESTARTS   AGE");
                for (var i = 0; i < ctx.Topology.InstanceCount; i++)
                {
                    var service = ctx.Topology.Services[ctx.Topology.InstanceService[i]].Id;
                    if (app is not null && app != service)
                    {
                        continue;
                    }

                    var state = cell.Instances[i];
                    var ready = state.Process == ProcessState.Online && state.InRotation ? "1/1" : "0/1";
                    text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Pod(ctx, i),-29} {ready,-7} {PodStatus(state),-18} {state.OutOfMemoryKills + state.RecentRestarts,-10} {Age(cell.Now)}"));
                }

                break;
            case "deployments":
                text.AppendLine("NAME                  READY   UP-TO-DATE   AVAILABLE   AGE");
                for (var s = 0; s < ctx.Topology.Services.Length; s++)
                {
                    var members = ctx.Topology.ServiceInstances[s];
                    var ready = members.Count(i => cell.Instances[i].Process == ProcessState.Online && cell.Instances[i].InRotation);
                    text.AppendLine($"{ctx.Topology.Services[s].Id,-21} {ready}/{members.Length,-5} {members.Length,-12} {ready,-11} {Age(cell.Now + 86400 * 12)}");
                }

                break;
            case "nodes":
                text.AppendLine("NAME          STATUS     ROLES    AGE    VERSION");
                for (var h = 0; h < ctx.Topology.Hosts.Length; h++)
                {
                    var onHost = Enumerable.Range(0, ctx.Topology.InstanceCount).Where(i => ctx.Topology.InstanceHost[i] == h).ToArray();
                    var notReady = onHost.Length > 0 && onHost.All(i => cell.Effects[i].Unreachable);
                    var cordoned = onHost.Length > 0 && onHost.All(i => cell.Instances[i].Drained);
                    var status = (notReady ? "NotReady" : "Ready") + (cordoned ? ",SchedulingDisabled" : "");
                    text.AppendLine($"{ctx.Topology.Hosts[h].Id,-13} {status,-10} <none>   41d    v1.31.4");
                }

                break;
            case "services":
                text.AppendLine("NAME                  TYPE        CLUSTER-IP      PORT(S)");
                for (var s = 0; s < ctx.Topology.Services.Length; s++)
                {
                    text.AppendLine($"{ctx.Topology.Services[s].Id,-21} ClusterIP   10.96.{s / 250}.{(s % 250) + 10,-6}  {(ctx.Topology.Services[s].Kind == ServiceKind.Database ? 5432 : 8080)}/TCP");
                }

                break;
            default:
                return CommandResult.Fail($"error: the server doesn't have a resource type \"{ctx.Line[2]}\"{Suggestions.DidYouMean(ctx.Line[2], Resources)}");
        }

        return CommandResult.Show(text.ToString());
    }

    private static string Normalize(string resource) => resource switch
    {
        "pod" or "po" => "pods",
        "deployment" or "deploy" => "deployments",
        "node" or "no" => "nodes",
        "service" or "svc" => "services",
        _ => resource,
    };

    private static string PodStatus(InstanceState state) => state.Process switch
    {
        ProcessState.Online => "Running",
        ProcessState.Restarting => state.RecentRestarts > 1 ? "CrashLoopBackOff" : state.OutOfMemoryKills > 0 ? "OOMKilled" : "ContainerCreating",
        ProcessState.Maintenance => "CrashLoopBackOff",
        ProcessState.Disabled => "Terminating",
        _ => "Error",
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
        var i = PodIndex(ctx, ctx.Line[3].Length > 0 ? ctx.Line[3] : ctx.Line[2], out var problem);
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
        text.AppendLine($"Status:       {PodStatus(state)}");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Limits:       memory: {spec.MemoryLimitMb:0}Mi"));
        text.AppendLine($"Restart Count: {state.OutOfMemoryKills + state.RecentRestarts}");
        if (state.OutOfMemoryKills > 0)
        {
            text.AppendLine("Last State:   Terminated\n  Reason:     OOMKilled\n  Exit Code:  137");
        }

        text.AppendLine("Events:\n  Type     Reason     Age    Message");
        foreach (var e in ctx.Cell.Events.Where(e => e.Instance == i).TakeLast(8))
        {
            text.AppendLine($"  {(e.Level is "info" ? "Normal " : "Warning")}  {(e.Level is "info" ? "Started" : "BackOff"),-10} {Age(ctx.Cell.Now - e.Second),-6} {e.Message}");
        }

        return CommandResult.Show(text.ToString());
    }

    private static CommandResult Logs(CommandContext ctx)
    {
        var i = PodIndex(ctx, ctx.Line[2], out var problem);
        if (i < 0)
        {
            return CommandResult.Fail("error: " + problem);
        }

        if (!ctx.Line.TryDuration("since", TimeSpan.FromMinutes(10), out var since, out problem) || !ctx.Line.TryInt("tail", 20, 1, 500, out var tail, out problem))
        {
            return CommandResult.Fail("error: " + problem);
        }

        var lines = LogGenerator.Lines(ctx.Cell, i, (long)since.TotalSeconds, ctx.Line.Option("grep"), null, tail);
        return CommandResult.Show(lines.Count == 0 ? "" : string.Join('\n', lines) + "\n");
    }

    private static CommandResult Top(CommandContext ctx)
    {
        var text = new StringBuilder();
        if (Normalize(ctx.Line[2]) == "nodes")
        {
            text.AppendLine("NAME          CPU(cores)   CPU%   MEMORY(bytes)");
            for (var h = 0; h < ctx.Topology.Hosts.Length; h++)
            {
                var onHost = Enumerable.Range(0, ctx.Topology.InstanceCount).Where(i => ctx.Topology.InstanceHost[i] == h).ToArray();
                var cores = onHost.Sum(i => ctx.Cell.Instances[i].Cpu) + (ctx.Cell.HostAgentCpu[h] * ctx.Topology.Hosts[h].Cpus);
                var memory = onHost.Sum(i => ctx.Cell.Instances[i].MemoryMb);
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{ctx.Topology.Hosts[h].Id,-13} {cores * 1000,8:0}m   {Math.Min(100, cores / ctx.Topology.Hosts[h].Cpus * 100),3:0}%   {memory,8:0}Mi"));
            }

            return CommandResult.Show(text.ToString());
        }

        text.AppendLine("NAME                          CPU(cores)   MEMORY(bytes)");
        for (var i = 0; i < ctx.Topology.InstanceCount; i++)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Pod(ctx, i),-29} {ctx.Cell.Instances[i].Cpu * 1000,8:0}m   {ctx.Cell.Instances[i].MemoryMb,8:0}Mi"));
        }

        return CommandResult.Show(text.ToString());
    }

    private static int Deployment(CommandContext ctx, string word, out string? problem)
    {
        var name = word.StartsWith("deployment/", StringComparison.Ordinal) ? word["deployment/".Length..] : word.StartsWith("deploy/", StringComparison.Ordinal) ? word["deploy/".Length..] : word;
        return ctx.Service(name, out problem);
    }

    private static CommandResult Rollout(CommandContext ctx)
    {
        var verb = ctx.Line[2];
        var s = Deployment(ctx, ctx.Line[3], out var problem);
        if (verb is not ("undo" or "restart" or "status"))
        {
            return CommandResult.Fail($"error: unknown rollout command \"{verb}\"{Suggestions.DidYouMean(verb, ["undo", "restart", "status"])}");
        }

        if (s < 0)
        {
            return CommandResult.Fail("error: " + problem);
        }

        var members = ctx.Topology.ServiceInstances[s];
        var name = ctx.Topology.Services[s].Id;
        switch (verb)
        {
            case "undo":
                ctx.Cell.RollbackConfig(s);
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
        var i = PodIndex(ctx, ctx.Line[3], out var problem);
        if (ctx.Line[2] is not ("pod" or "pods" or "po") || i < 0)
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
