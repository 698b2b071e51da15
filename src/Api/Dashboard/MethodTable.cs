using System.Numerics;
using System.Runtime.CompilerServices;

namespace PracticePlatform.Api.Dashboard;

/// <summary>
/// The collector's statistics per grain method, keyed by the identity of the runtime's tag values (grain type and
/// method name objects). Read on every call without a lock and without hashing a string: a lookup probes an
/// open-addressing array that is never changed once published; the rare insert (a method's first call while
/// someone watches) copies it under a lock and publishes the copy.
/// </summary>
internal sealed class MethodTable
{
    private readonly Lock _lock = new();
    private Entry[] _entries = new Entry[64];
    private CallStatistics[] _values = [];

    /// <summary>Every method's statistics, in order of first call.</summary>
    public IReadOnlyList<CallStatistics> Values => Volatile.Read(ref _values);

    /// <summary>The statistics of one method, or null before its first call.</summary>
    public CallStatistics? Find(object? type, object? method)
    {
        var entries = Volatile.Read(ref _entries);
        var mask = entries.Length - 1;
        for (var i = Slot(method, mask); ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Statistics is null)
            {
                return null;
            }
            if (ReferenceEquals(entry.Method, method) && ReferenceEquals(entry.Type, type))
            {
                return entry.Statistics;
            }
        }
    }

    /// <summary>The statistics of one method, added at its first call.</summary>
    public CallStatistics Add(object? type, object? method)
    {
        lock (_lock)
        {
            if (Find(type, method) is { } found)
            {
                return found;
            }
            var statistics = new CallStatistics(type as string ?? "?", method as string ?? "?");
            CallStatistics[] values = [.. _values, statistics];
            // At most half full, so a probe soon meets an empty slot.
            var entries = new Entry[Math.Max(_entries.Length, (int)BitOperations.RoundUpToPowerOf2((uint)values.Length * 2))];
            foreach (var known in _entries)
            {
                if (known.Statistics is not null)
                {
                    Insert(entries, known);
                }
            }
            Insert(entries, new Entry(type, method, statistics));
            Volatile.Write(ref _values, values);
            Volatile.Write(ref _entries, entries);
            return statistics;
        }
    }

    private static void Insert(Entry[] entries, Entry entry)
    {
        var mask = entries.Length - 1;
        var i = Slot(entry.Method, mask);
        while (entries[i].Statistics is not null)
        {
            i = (i + 1) & mask;
        }
        entries[i] = entry;
    }

    // Methods of different grain types may share a name object; they only share a probe sequence.
    private static int Slot(object? method, int mask) => RuntimeHelpers.GetHashCode(method) & mask;

    private readonly record struct Entry(object? Type, object? Method, CallStatistics? Statistics);
}
