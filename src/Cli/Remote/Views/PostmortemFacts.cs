using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>What the platform prefilled in a postmortem: impact, milestones of the response, blocks of recorded facts.</summary>
public sealed record PostmortemFacts(
    string ScenarioId,
    string Status,
    ImmutableArray<Participant> Roster,
    PostmortemImpact Impact,
    ImmutableArray<PostmortemMilestone> Milestones,
    bool CellRestored,
    TimeToAssemble? Assembly,
    ImmutableArray<PostmortemFactBlock> Blocks);
