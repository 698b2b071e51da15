namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// A section was saved by someone else since the editor read it (HTTP 409): <see cref="Current"/> is the section as
/// it is now, with its version and who saved it, so the editor can read their text and apply the change again.
/// </summary>
[GenerateSerializer, Alias("practice.PostmortemConflictException")]
public sealed class PostmortemConflictException(PostmortemSection current, int editedVersion)
    : Exception($"The {current.Name} section changed since you read it: it is at version {current.Version} now, saved by {current.EditedBy ?? "nobody"}{(current.EditedAt is { } at ? $" at {at.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC" : "")}, and your edit was made on version {editedVersion}. Read it again and apply your change to their text.")
{
    [Id(0)]
    public PostmortemSection Current { get; } = current;

    [Id(1)]
    public int EditedVersion { get; } = editedVersion;
}
