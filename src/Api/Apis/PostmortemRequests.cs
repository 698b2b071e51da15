namespace PracticePlatform.Api.Apis;

/// <summary>
/// A postmortem section's new content, made on the <c>version</c> read (0 for a section never saved): <c>text</c> for
/// every section but action-items, which takes <c>items</c>.
/// </summary>
public sealed record PostmortemSectionRequest(int Version, string? Text = null, IReadOnlyList<ActionItemRequest>? Items = null);

/// <summary>An action item: what to do, its owner (a participant's name or person id), and whether it is done (default false).</summary>
public sealed record ActionItemRequest(string Text, string Owner, bool? Done = null);
