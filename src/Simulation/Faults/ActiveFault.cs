using System.Collections.Immutable;
using System.Globalization;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Faults;

/// <summary>
/// One injected fault in a cell. Targets are instance indices (or a database / request type index for kinds that
/// target those); each target is mitigated separately, the fault is mitigated when all are.
/// </summary>
internal sealed class ActiveFault
{
    private readonly double[] _numbers;

    public ActiveFault(InjectSpec spec, FaultDescriptor descriptor, int[] candidates)
    {
        Spec = spec;
        Descriptor = descriptor;
        Behaviour = descriptor.CreateBehaviour?.Invoke() ?? throw new InvalidOperationException($"fault kind {descriptor.Kind} has no behaviour");
        Candidates = candidates;
        _numbers = new double[descriptor.Parameters.Length];
        for (var i = 0; i < _numbers.Length; i++)
        {
            var parameter = descriptor.Parameters[i];
            var text = spec.Parameters.GetValueOrDefault(parameter.Name, parameter.Default);
            _numbers[i] = text == "true" ? 1 : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : 0;
        }
    }

    public InjectSpec Spec { get; }

    public FaultDescriptor Descriptor { get; }

    public FaultBehaviour Behaviour { get; }

    public string Id => Spec.Id;

    public FaultStatus Status { get; set; } = FaultStatus.Active;

    public long InjectedAt { get; set; }

    public long EscalatedAt { get; set; } = -1;

    public long EndedAt { get; set; } = -1;

    /// <summary>Everything the target covers; <see cref="Targets"/> is the chosen share of it.</summary>
    public int[] Candidates { get; }

    public int[] Targets { get; set; } = [];

    public bool[] Mitigated { get; set; } = [];

    /// <summary>Scratch state a behaviour may keep (a timer, an amount).</summary>
    public double Scratch { get; set; }

    public bool IsLive => Status == FaultStatus.Active;

    /// <summary>What the inject's target named: instances (for machines), a database or a request type.</summary>
    internal Model.EntityType TargetType { get; init; }

    public double Number(string name)
    {
        for (var i = 0; i < _numbers.Length; i++)
        {
            if (Descriptor.Parameters[i].Name == name)
            {
                return _numbers[i];
            }
        }

        return 0;
    }

    public string Text(string name) =>
        Spec.Parameters.GetValueOrDefault(name, Descriptor.Parameter(name)?.Default ?? "");

    public bool IsLiveOn(int instance)
    {
        if (!IsLive)
        {
            return false;
        }

        var at = Array.IndexOf(Targets, instance);
        return at >= 0 && !Mitigated[at];
    }

    public void Mitigate(int target, long now)
    {
        var at = Array.IndexOf(Targets, target);
        if (at < 0 || Mitigated[at])
        {
            return;
        }

        Mitigated[at] = true;
        if (Array.TrueForAll(Mitigated, m => m) && Status == FaultStatus.Active)
        {
            Status = FaultStatus.Mitigated;
            EndedAt = now;
        }
    }

    public void MitigateAll(long now)
    {
        foreach (var target in Targets)
        {
            Mitigate(target, now);
        }
    }

    /// <summary>The fault's cause remained after it was mitigated: it is active again on every target.</summary>
    public void Recur()
    {
        Array.Fill(Mitigated, false);
        Status = FaultStatus.Active;
        EndedAt = -1;
    }

    public int MitigatedCount => Mitigated.Count(m => m);

    /// <summary>Everything about this fault that changes, for a cell snapshot; spec, descriptor and behaviour follow from the inject.</summary>
    public void Write(SnapshotWriter writer, ImmutableArray<InjectSpec> injects)
    {
        var inject = -1;
        for (var k = 0; k < injects.Length && inject < 0; k++)
        {
            inject = ReferenceEquals(injects[k], Spec) ? k : -1;
        }

        writer.Write(inject);
        writer.Write((int)TargetType);
        writer.Write(Candidates);
        writer.Write((int)Status);
        writer.Write(InjectedAt);
        writer.Write(EscalatedAt);
        writer.Write(EndedAt);
        writer.Write(Targets);
        writer.Write(Mitigated);
        writer.Write(Scratch);
    }

    public static ActiveFault Read(SnapshotReader reader, ImmutableArray<InjectSpec> injects)
    {
        var inject = reader.Int();
        if (inject < 0 || inject >= injects.Length || FaultCatalog.Find(injects[inject].Kind) is not { } descriptor)
        {
            throw new CellSnapshotException($"the snapshot holds a fault of an unknown inject ({inject})");
        }

        var targetType = reader.Enum<Model.EntityType>();
        var fault = new ActiveFault(injects[inject], descriptor, reader.Ints())
        {
            TargetType = targetType,
            Status = reader.Enum<FaultStatus>(),
            InjectedAt = reader.Long(),
            EscalatedAt = reader.Long(),
            EndedAt = reader.Long(),
            Targets = reader.Ints(),
            Mitigated = reader.Bools(),
            Scratch = reader.Double(),
        };
        return fault.Targets.Length == fault.Mitigated.Length
            ? fault
            : throw new CellSnapshotException("the snapshot holds a fault whose targets and mitigations differ in number");
    }

    public FaultView ToView() => new(Id, Descriptor.Kind, Spec.Target, Status, InjectedAt, EscalatedAt, EndedAt, Targets.Length, MitigatedCount);
}
