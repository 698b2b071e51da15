namespace PracticePlatform.Grains.Postmortems;

/// <summary>A postmortem's persisted state: the sections saved at least once (the others are at version 0, empty).</summary>
public sealed class PostmortemState
{
    public List<PostmortemSectionState> Sections { get; set; } = [];
}
