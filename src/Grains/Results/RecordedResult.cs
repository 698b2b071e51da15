using PracticePlatform.Contracts.Results;

namespace PracticePlatform.Grains.Results;

/// <summary>One session's result as stored, with the people on its roster (never shown: they decide who sees it).</summary>
public sealed class RecordedResult
{
    public SessionResult Result { get; set; } = null!;

    public List<Guid> Participants { get; set; } = [];
}
