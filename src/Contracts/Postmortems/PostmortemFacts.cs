using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// What the platform knows about the session, prefilled and read-only in the postmortem: its scenario and state
/// (a Closed session's postmortem is final), the roster, the impact, the milestones of the response in order, whether
/// the cell was restored, a Code Blue's time to assemble, and blocks of recorded facts.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.PostmortemFacts")]
public sealed record PostmortemFacts(
    [property: Id(0)] string ScenarioId,
    [property: Id(1)] SessionStatus Status,
    [property: Id(2)] ImmutableArray<Participant> Roster,
    [property: Id(3)] PostmortemImpact Impact,
    [property: Id(4)] ImmutableArray<PostmortemMilestone> Milestones,
    [property: Id(5)] bool CellRestored,
    [property: Id(6)] TimeToAssemble? Assembly,
    [property: Id(7)] ImmutableArray<PostmortemFactBlock> Blocks)
{
    /// <summary>Whether the sections may still change: until the session is closed.</summary>
    public bool Editable => Status == SessionStatus.Debriefed;
}
