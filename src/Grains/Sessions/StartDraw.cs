using System.Buffers.Binary;
using System.Security.Cryptography;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// Surprise starts: which windows are accepted, and the start drawn inside one. The draw is a pure function of the
/// session's seed, its id and the window (a hash, no random generator), so the same session always draws the same
/// time and nothing but its own state is needed to draw it again; the id keeps sessions of one seed (every group
/// gets seed 1 by default) from all starting at the same moment.
/// </summary>
public static class StartDraw
{
    /// <summary>The longest window: beyond it a "surprise" is no practice date anyone keeps free.</summary>
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(30);

    /// <summary>Refuses a window that is empty, reversed, begins in the past or is longer than <see cref="LongestWindow"/>.</summary>
    public static void Check(StartWindow window, DateTimeOffset now)
    {
        if (window.Latest <= window.Earliest)
        {
            throw new SessionArgumentException($"The start window's latest ({window.Latest:O}) must be after its earliest ({window.Earliest:O}).");
        }
        if (window.Earliest <= now)
        {
            throw new SessionArgumentException($"The start window's earliest ({window.Earliest:O}) is not in the future.");
        }
        if (window.Latest - window.Earliest > LongestWindow)
        {
            throw new SessionArgumentException($"The start window spans {(window.Latest - window.Earliest).TotalDays:0.#} days; it may span at most {LongestWindow.TotalDays:0} days.");
        }
    }

    /// <summary>The start, to the whole second, in [earliest, latest].</summary>
    public static DateTimeOffset Draw(ulong seed, Guid sessionId, StartWindow window)
    {
        Span<byte> input = stackalloc byte[8 + 16];
        BinaryPrimitives.WriteUInt64LittleEndian(input, seed);
        sessionId.TryWriteBytes(input[8..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        var seconds = (ulong)Math.Floor((window.Latest - window.Earliest).TotalSeconds);
        var offset = BinaryPrimitives.ReadUInt64LittleEndian(hash) % (seconds + 1);
        return window.Earliest.ToUniversalTime().AddSeconds(offset);
    }
}
