using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults;

/// <summary>
/// What a fault kind does to a cell. Behaviours hold no state (it lives in <see cref="ActiveFault"/>), so one
/// instance per fault is cheap and replays are exact.
/// </summary>
internal abstract class FaultBehaviour
{
    /// <summary>Once, when injected (and again for new targets on escalation).</summary>
    public virtual void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
    }

    /// <summary>Every second while the fault is active: set this second's effects on live targets.</summary>
    public virtual void Apply(CellState cell, ActiveFault fault)
    {
    }

    /// <summary>A responder's remediation: mitigate the targets it fixes (the cell has already applied its plain effect).</summary>
    public virtual void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
    }

    /// <summary>
    /// Whether what caused the fault is still there (a bad value still in the configuration). Checked every second
    /// for a mitigated fault: while its cause remains, the fault comes back, so a remedy that treats the symptom
    /// and leaves the cause does not last.
    /// </summary>
    public virtual bool CauseRemains(CellState cell, ActiveFault fault) => false;

    /// <summary>
    /// Whether a fault remedied on every target before its <c>escalate_at</c> still has its later stage: a staged
    /// cause (a bug every instance carries) keeps hitting at that time until the cause itself is removed.
    /// </summary>
    public virtual bool LaterStageComes(CellState cell, ActiveFault fault) => false;

    /// <summary>At <c>escalate_at</c>: the fault reaches <paramref name="added"/>, the targets this stage adds.</summary>
    public virtual void OnEscalate(CellState cell, ActiveFault fault, int[] added) => OnStart(cell, fault, added);

    /// <summary>An instigator reverts the fault: undo lasting damage it did.</summary>
    public virtual void OnRevert(CellState cell, ActiveFault fault)
    {
    }
}
