using System.Collections.Immutable;
using PracticePlatform.Contracts.Postmortems;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Postmortems;

/// <summary>What a section edit must be: a known section, text within its bound, action items owned by participants.</summary>
public static class PostmortemRules
{
    /// <summary>The section's name as known, or 404 naming every section.</summary>
    public static string Section(string name) =>
        PostmortemSections.All.Contains(name)
            ? name
            : throw new SessionNotFoundException($"No postmortem section '{name}'; the sections are {string.Join(", ", PostmortemSections.All)}.");

    /// <summary>The text a text section is saved with (line endings made \n), or 400 naming the problem.</summary>
    public static string Text(PostmortemEdit edit)
    {
        if (!edit.Items.IsDefaultOrEmpty)
        {
            throw new SessionArgumentException($"The {edit.Section} section takes 'text', not 'items'; only {PostmortemSections.ActionItems} takes items.");
        }
        if (edit.Text is null)
        {
            throw new SessionArgumentException($"The {edit.Section} section needs 'text' (may be empty, at most {PostmortemSections.MaxTextLength} characters).");
        }
        var text = edit.Text.ReplaceLineEndings("\n").TrimEnd();
        return text.Length <= PostmortemSections.MaxTextLength
            ? text
            : throw new SessionArgumentException($"The {edit.Section} section holds at most {PostmortemSections.MaxTextLength} characters; this text has {text.Length}.");
    }

    /// <summary>The action items as saved: each owner resolved to a participant of <paramref name="roster"/>; or 400 naming the problem.</summary>
    public static ImmutableArray<PostmortemActionItem> Items(PostmortemEdit edit, ImmutableArray<Participant> roster)
    {
        if (edit.Text is not null)
        {
            throw new SessionArgumentException($"The {PostmortemSections.ActionItems} section takes 'items' (each with text, owner and optionally done), not 'text'.");
        }
        var items = edit.Items.IsDefault ? [] : edit.Items;
        if (items.Length > PostmortemSections.MaxActionItems)
        {
            throw new SessionArgumentException($"A postmortem holds at most {PostmortemSections.MaxActionItems} action items; this list has {items.Length}.");
        }
        return [.. items.Select((item, i) => Item(item, i, roster))];
    }

    private static PostmortemActionItem Item(PostmortemActionItem item, int index, ImmutableArray<Participant> roster)
    {
        var text = (item.Text ?? "").Trim();
        if (text.Length == 0 || text.Length > PostmortemSections.MaxActionItemLength || text.Contains('\n', StringComparison.Ordinal))
        {
            throw new SessionArgumentException($"Action item {index + 1} needs one line of 1-{PostmortemSections.MaxActionItemLength} characters of text.");
        }
        var owner = (item.Owner ?? "").Trim();
        var participant = roster.FirstOrDefault(p => string.Equals(p.Name, owner, StringComparison.OrdinalIgnoreCase) || p.PersonId.ToString() == owner.ToLowerInvariant())
            ?? throw new SessionArgumentException($"Action item {index + 1}'s owner must be one of the session's participants, by name or person id ({string.Join(", ", roster.Select(p => p.Name).Distinct())}); '{owner}' is none of them.");
        return new PostmortemActionItem(text, participant.Name, participant.PersonId, item.Done);
    }
}
