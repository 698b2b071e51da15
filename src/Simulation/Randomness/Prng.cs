using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Randomness;

/// <summary>
/// xoshiro256** seeded by splitmix64: small, fast and the same on every machine. Each subsystem of a cell has its
/// own stream (seed, stream name), so that a draw added in one place does not shift the numbers of another.
/// </summary>
internal struct Prng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Prng(ulong seed, string stream)
    {
        var x = seed ^ StableHash.Of(stream);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public int NextInt(int maxExclusive) => (int)((NextUInt64() >> 33) * (ulong)maxExclusive >> 31);

    /// <summary>Approximately standard normal (sum of four uniforms, rescaled): cheap and bounded.</summary>
    public double NextGaussian()
    {
        var sum = NextDouble() + NextDouble() + NextDouble() + NextDouble();
        return (sum - 2.0) * 1.7320508075688772;
    }

    public readonly void Digest(ref StableHash hash)
    {
        hash.Add(_s0);
        hash.Add(_s1);
        hash.Add(_s2);
        hash.Add(_s3);
    }

    /// <summary>The stream's whole state, for a cell snapshot.</summary>
    public readonly void Write(SnapshotWriter writer)
    {
        writer.Write(_s0);
        writer.Write(_s1);
        writer.Write(_s2);
        writer.Write(_s3);
    }

    /// <summary>A stream that continues exactly where the saved one stopped.</summary>
    public static Prng Read(SnapshotReader reader)
    {
        var prng = default(Prng);
        prng._s0 = reader.ULong();
        prng._s1 = reader.ULong();
        prng._s2 = reader.ULong();
        prng._s3 = reader.ULong();
        return prng;
    }

    internal static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A well-mixed 64-bit value of a few integers, for draws that must not depend on call order (log lines).</summary>
    public static ulong Mix(ulong a, ulong b, ulong c = 0)
    {
        var x = a ^ (b * 0x9E3779B97F4A7C15UL) ^ (c * 0xC2B2AE3D27D4EB4FUL);
        return SplitMix(ref x);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
