using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// The public numbering of a timeline: entry n of those not hidden (<see cref="TimelineVisibility"/>) is public
/// number n, so a responder's numbers run without gaps and say nothing of hidden entries between them. A pure
/// function of the append-only timeline (hidden is decided by kind), so it is kept per activation, caught up on
/// use, and never stored.
/// </summary>
internal sealed class TimelineNumbering
{
    /// <summary>The sequence of the public entry numbered n, at index n - 1.</summary>
    private readonly List<long> _publicSequences = [];

    /// <summary>How many entries up to and including sequence n are public, at index n - 1.</summary>
    private readonly List<long> _publicCounts = [];

    /// <summary>How many public entries the timeline has.</summary>
    public long PublicCount => _publicSequences.Count;

    /// <summary>Numbers the entries appended since the last call.</summary>
    public void CatchUp(IReadOnlyList<TimelineEntry> timeline)
    {
        if (_publicCounts.Count > timeline.Count)
        {
            // Append-only, so this happens only if the state was read again: start over.
            _publicSequences.Clear();
            _publicCounts.Clear();
        }
        for (var i = _publicCounts.Count; i < timeline.Count; i++)
        {
            if (!TimelineVisibility.IsHidden(timeline[i].Kind))
            {
                _publicSequences.Add(timeline[i].Sequence);
            }
            _publicCounts.Add(_publicSequences.Count);
        }
    }

    /// <summary>The public number of the entry with <paramref name="sequence"/> (that of the last public entry up to it, for a hidden one).</summary>
    public long PublicNumberOf(long sequence) => sequence <= 0 ? 0 : _publicCounts[(int)Math.Min(sequence, _publicCounts.Count) - 1];

    /// <summary>The sequence of the entry with public number <paramref name="number"/> (beyond the last: the timeline's end).</summary>
    public long SequenceOf(long number) =>
        number <= 0 ? 0
        : number <= _publicSequences.Count ? _publicSequences[(int)number - 1]
        : _publicCounts.Count;

    /// <summary>The sequences of the public entries numbered above <paramref name="number"/>, in order.</summary>
    public IEnumerable<long> SequencesAfter(long number) => _publicSequences.Skip((int)Math.Clamp(number, 0, _publicSequences.Count));
}
