namespace PracticePlatform.Simulation.Tools;

/// <summary>
/// The one list of which commands read the cell and which remediate it. Keyed by the command's name, or by its name
/// and first argument where one command does both (<c>kubectl rollout status</c> reads, <c>undo</c> and <c>restart</c>
/// change). Every command in <see cref="CommandInterpreter"/> must be listed: a test checks it, so a new command is
/// classified when it is added, not guessed from its name.
/// </summary>
internal static class CommandEffects
{
    private static readonly SortedDictionary<string, CommandEffect> ByName = new(StringComparer.Ordinal)
    {
        // os
        ["svcs"] = CommandEffect.Read,
        ["prstat"] = CommandEffect.Read,
        ["top"] = CommandEffect.Read,
        ["df"] = CommandEffect.Read,
        ["logs"] = CommandEffect.Read,
        ["metrics"] = CommandEffect.Read,
        ["netstat"] = CommandEffect.Read,
        ["ping"] = CommandEffect.Read,
        ["date"] = CommandEffect.Read,
        ["config show"] = CommandEffect.Read,
        ["status"] = CommandEffect.Read,
        ["tail"] = CommandEffect.Read,
        ["cert show"] = CommandEffect.Read,
        ["pfiles"] = CommandEffect.Read,
        ["sockstat"] = CommandEffect.Read,
        ["svcadm restart"] = CommandEffect.Remediation,
        ["svcadm clear"] = CommandEffect.Remediation,
        ["svcadm disable"] = CommandEffect.Remediation,
        ["svcadm enable"] = CommandEffect.Remediation,
        ["restart"] = CommandEffect.Remediation,
        ["drain"] = CommandEffect.Remediation,
        ["undrain"] = CommandEffect.Remediation,
        ["free-disk"] = CommandEffect.Remediation,
        ["config rollback"] = CommandEffect.Remediation,
        ["config set"] = CommandEffect.Remediation,
        ["kill"] = CommandEffect.Remediation,
        ["ntpdate"] = CommandEffect.Remediation,
        ["cert renew"] = CommandEffect.Remediation,
        ["ratelimit"] = CommandEffect.Remediation,
        ["sysctl"] = CommandEffect.Remediation,
        ["ulimit"] = CommandEffect.Remediation,
        ["scale-out"] = CommandEffect.Remediation,

        // database, coordination
        ["db status"] = CommandEffect.Read,
        ["db activity"] = CommandEffect.Read,
        ["zk status"] = CommandEffect.Read,
        ["db promote"] = CommandEffect.Remediation,
        ["db switchover"] = CommandEffect.Remediation,
        ["db rebuild"] = CommandEffect.Remediation,
        ["db cancel-queries"] = CommandEffect.Remediation,

        // manta
        ["manta-adm show"] = CommandEffect.Read,
        ["manatee-adm pg-status"] = CommandEffect.Read,
        ["manatee-adm show"] = CommandEffect.Read,
        ["pgsqlstat"] = CommandEffect.Read,
        ["moraystat"] = CommandEffect.Read,
        ["manatee-adm promote"] = CommandEffect.Remediation,
        ["manatee-adm rebuild"] = CommandEffect.Remediation,

        // kubernetes
        ["kubectl get"] = CommandEffect.Read,
        ["kubectl describe"] = CommandEffect.Read,
        ["kubectl logs"] = CommandEffect.Read,
        ["kubectl top"] = CommandEffect.Read,
        ["kubectl rollout status"] = CommandEffect.Read,
        ["kubectl rollout history"] = CommandEffect.Read,
        ["kubectl rollout"] = CommandEffect.Remediation,
        ["kubectl scale"] = CommandEffect.Remediation,
        ["kubectl delete"] = CommandEffect.Remediation,
        ["kubectl cordon"] = CommandEffect.Remediation,
        ["kubectl uncordon"] = CommandEffect.Remediation,
    };

    /// <summary>The effect of <paramref name="spec"/> typed as <paramref name="line"/>; null when the list lacks it.</summary>
    public static CommandEffect? Of(CommandSpec spec, CommandLine line)
    {
        var words = spec.Name.Split(' ').Length;
        return ByName.TryGetValue($"{spec.Name} {line[words]}", out var bySubcommand) ? bySubcommand
            : ByName.TryGetValue(spec.Name, out var byName) ? byName
            : null;
    }
}
