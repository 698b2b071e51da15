using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Tools;

/// <summary>
/// `db switchover`: the planned counterpart of `db promote`. It refuses rather than lose a write, where a promote
/// does what it is told.
/// </summary>
internal static class DatabaseSwitchover
{
    public static CommandResult Run(CommandContext ctx)
    {
        var d = ctx.Database(ctx.Line[2], out var problem);
        if (d < 0)
        {
            return CommandResult.Fail("db switchover: " + problem);
        }

        var peer = -1;
        if (ctx.Line[3].Length > 0)
        {
            peer = ctx.Instance(ctx.Line[3], out problem);
            if (peer < 0 || ctx.Topology.ServiceDatabase[ctx.Topology.InstanceService[peer]] != d)
            {
                return CommandResult.Fail("db switchover: " + (problem ?? $"{ctx.Line[3]} is not a peer of {ctx.Topology.Databases[d].Id}"));
            }
        }

        var old = ctx.Cell.Databases[d].Primary;
        if (ctx.Cell.Switchover(d, peer) is { } refusal)
        {
            return CommandResult.Fail($"db switchover: refused: {refusal}");
        }

        var db = ctx.Cell.Databases[d];
        return RemediationCommands.Apply(ctx, new Remediation(RemediationVerb.Switchover, [db.Primary, old], Database: d),
            $"switchover of {ctx.Topology.Databases[d].Id}: {ctx.Topology.InstanceIds[db.Primary]} is the primary, {ctx.Topology.InstanceIds[old]} follows as sync; "
            + $"writes pause for about {CellState.SwitchoverPauseSeconds}s while clients reconnect; no writes lost\n");
    }
}
