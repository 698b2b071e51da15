using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// The sections of a postmortem that participants write, by the names the API and the CLI use. Every section holds
/// text except <see cref="ActionItems"/>, which holds a list of action items, each with an owner.
/// </summary>
public static class PostmortemSections
{
    public const string Summary = "summary";
    public const string ContributingFactors = "contributing-factors";
    public const string WentWell = "went-well";
    public const string WentPoorly = "went-poorly";
    public const string ActionItems = "action-items";

    /// <summary>Every section, in the order the document shows them.</summary>
    public static readonly ImmutableArray<string> All = [Summary, ContributingFactors, WentWell, WentPoorly, ActionItems];

    /// <summary>The most characters a text section holds.</summary>
    public const int MaxTextLength = 8000;

    /// <summary>The most action items a postmortem holds.</summary>
    public const int MaxActionItems = 50;

    /// <summary>The most characters of one action item's text.</summary>
    public const int MaxActionItemLength = 500;

    /// <summary>How many revisions each section keeps in its history (the oldest are dropped).</summary>
    public const int MaxRevisions = 50;

    /// <summary>A section's heading in the document and the console.</summary>
    public static string Title(string section) => section switch
    {
        Summary => "Summary",
        ContributingFactors => "Contributing factors",
        WentWell => "What went well",
        WentPoorly => "What went poorly",
        ActionItems => "Action items",
        _ => section,
    };
}
