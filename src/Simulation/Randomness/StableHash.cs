using System.Globalization;

namespace PracticePlatform.Simulation.Randomness;

/// <summary>
/// FNV-1a style 64-bit hash over a canonical encoding (little-endian integers, doubles by bits, UTF-16 strings
/// with their length). Stable across processes and machines, unlike string.GetHashCode.
/// </summary>
internal struct StableHash
{
    private const ulong Prime = 0x100000001B3UL;
    private ulong _value;

    public StableHash()
    {
        _value = 0xCBF29CE484222325UL;
    }

    public readonly ulong Value => _value;

    public static ulong Of(string text)
    {
        var hash = new StableHash();
        hash.Add(text);
        return hash.Value;
    }

    public void Add(ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            _value = (_value ^ (byte)(value >> (i * 8))) * Prime;
        }
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            _value = (_value ^ b) * Prime;
        }
    }

    public void Add(long value) => Add((ulong)value);

    public void Add(int value) => Add((ulong)(uint)value);

    public void Add(bool value) => Add(value ? 1UL : 0UL);

    /// <summary>Doubles by their bits: IEEE arithmetic in a fixed order gives the same bits everywhere.</summary>
    public void Add(double value) => Add(BitConverter.DoubleToInt64Bits(value));

    public void Add(string? text)
    {
        if (text is null)
        {
            Add(-1L);
            return;
        }

        Add(text.Length);
        foreach (var c in text)
        {
            _value = (_value ^ (byte)c) * Prime;
            _value = (_value ^ (byte)(c >> 8)) * Prime;
        }
    }

    public readonly string ToHex() => _value.ToString("x16", CultureInfo.InvariantCulture);
}
