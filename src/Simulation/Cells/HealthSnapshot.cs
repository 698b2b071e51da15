using System.Collections.Immutable;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Cells;

internal static class HealthSnapshot
{
    public static CellHealth Of(CellState cell)
    {
        var topology = cell.Topology;
        var services = ImmutableArray.CreateBuilder<ServiceHealth>(topology.Services.Length);
        for (var s = 0; s < topology.Services.Length; s++)
        {
            int online = 0, inRotation = 0;
            foreach (var i in topology.ServiceInstances[s])
            {
                online += cell.Instances[i].Process == ProcessState.Online ? 1 : 0;
                inRotation += cell.Instances[i].InRotation ? 1 : 0;
            }

            services.Add(new ServiceHealth(topology.Services[s].Id, topology.ServiceInstances[s].Length, online, inRotation,
                cell.ServiceLoad[s], 1 - ((1 - cell.ServiceRead[s].FailShare) * (1 - cell.DownstreamFail[s])), cell.ServiceRead[s].LatencyMs));
        }

        var types = ImmutableArray.CreateBuilder<RequestTypeHealth>(topology.RequestTypes.Length);
        for (var r = 0; r < topology.RequestTypes.Length; r++)
        {
            var state = cell.RequestTypes[r];
            var success = state.Attempted > 0 ? 1 - (state.Failed / (double)state.Attempted) : 1;
            types.Add(new RequestTypeHealth(topology.RequestTypes[r].Id, state.Attempted, state.Failed, success, state.P50, state.P99));
        }

        return new CellHealth(cell.Now, services.MoveToImmutable(), types.MoveToImmutable());
    }
}
