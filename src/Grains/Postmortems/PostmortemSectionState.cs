using PracticePlatform.Contracts.Postmortems;

namespace PracticePlatform.Grains.Postmortems;

/// <summary>One section as stored: its content, version, last editor, and its revisions, oldest first.</summary>
public sealed class PostmortemSectionState
{
    public string Name { get; set; } = "";

    public int Version { get; set; }

    public string Text { get; set; } = "";

    public List<PostmortemActionItem> Items { get; set; } = [];

    public string? EditedBy { get; set; }

    public Guid? EditedById { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>At most <see cref="PostmortemSections.MaxRevisions"/>; each keeps the content after it (the one before it is the previous revision's).</summary>
    public List<SavedRevision> History { get; set; } = [];
}
