using System.Buffers.Binary;
using PracticePlatform.Simulation.Randomness;

namespace PracticePlatform.Simulation.Snapshots;

/// <summary>
/// The complete state of a cell at one second, in a compact versioned byte form: a header (format version, scenario
/// id and version, seed, second, action count), the payload every part of the cell wrote in a fixed order, and a
/// checksum over both. Equal states give equal bytes. Made by <c>Cell.Snapshot()</c>, turned back into a cell by
/// <c>Cell.Restore</c> (or <c>Cell.Replay</c> with the actions logged after it).
/// </summary>
public sealed class CellSnapshot
{
    /// <summary>The format this build writes and the only one it reads; bump it whenever any part's fields change.</summary>
    public const int CurrentFormat = 5;

    private const uint Magic = 0x53435050; // "PPCS" little-endian
    private const int ChecksumBytes = 8;

    private readonly byte[] _bytes;

    private CellSnapshot(byte[] bytes, string scenarioId, int scenarioVersion, ulong seed, long second, int actionCount, int payloadOffset, int payloadLength)
    {
        _bytes = bytes;
        ScenarioId = scenarioId;
        ScenarioVersion = scenarioVersion;
        Seed = seed;
        Second = second;
        ActionCount = actionCount;
        PayloadOffset = payloadOffset;
        PayloadLength = payloadLength;
    }

    public string ScenarioId { get; }

    public int ScenarioVersion { get; }

    public ulong Seed { get; }

    /// <summary>The cell's <c>Now</c> when it was taken: the next second it will simulate.</summary>
    public long Second { get; }

    /// <summary>How many entries of the action log it holds (all applied).</summary>
    public int ActionCount { get; }

    public int Length => _bytes.Length;

    internal int PayloadOffset { get; }

    internal int PayloadLength { get; }

    internal byte[] Buffer => _bytes;

    /// <summary>A copy of the bytes, to store.</summary>
    public byte[] ToArray() => (byte[])_bytes.Clone();

    /// <summary>Reads stored bytes; refuses (with <see cref="CellSnapshotException"/>) anything corrupt, truncated or of another format.</summary>
    public static CellSnapshot Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 6 + ChecksumBytes || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic)
        {
            throw new CellSnapshotException("not a cell snapshot (no header)");
        }

        var format = BinaryPrimitives.ReadUInt16LittleEndian(bytes[4..]);
        if (format != CurrentFormat)
        {
            throw new CellSnapshotException($"cell snapshot format {format} is not the format this build reads ({CurrentFormat})");
        }

        var body = bytes[..^ChecksumBytes];
        if (Checksum(body) != BinaryPrimitives.ReadUInt64LittleEndian(bytes[^ChecksumBytes..]))
        {
            throw new CellSnapshotException("the cell snapshot is corrupt or truncated (checksum mismatch)");
        }

        var copy = bytes.ToArray();
        var reader = new SnapshotReader(copy, 6, body.Length - 6);
        var scenarioId = reader.String();
        var scenarioVersion = reader.Int();
        var seed = reader.ULong();
        var second = reader.Long();
        var actionCount = reader.Int();
        var payloadLength = reader.Count(1);
        var payloadOffset = reader.Position;
        if (second < 0 || actionCount < 0 || payloadOffset + payloadLength != reader.End)
        {
            throw new CellSnapshotException("the cell snapshot's header is inconsistent");
        }

        return new CellSnapshot(copy, scenarioId, scenarioVersion, seed, second, actionCount, payloadOffset, payloadLength);
    }

    internal static CellSnapshot Create(string scenarioId, int scenarioVersion, ulong seed, long second, int actionCount, byte[] payload)
    {
        var header = new SnapshotWriter();
        header.Write(scenarioId);
        header.Write(scenarioVersion);
        header.Write(seed);
        header.Write(second);
        header.Write(actionCount);
        header.Write(payload.Length);
        var headerBytes = header.ToArray();
        var bytes = new byte[6 + headerBytes.Length + payload.Length + ChecksumBytes];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, Magic);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), CurrentFormat);
        headerBytes.CopyTo(bytes, 6);
        payload.CopyTo(bytes, 6 + headerBytes.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(bytes.Length - ChecksumBytes), Checksum(bytes.AsSpan(0, bytes.Length - ChecksumBytes)));
        return new CellSnapshot(bytes, scenarioId, scenarioVersion, seed, second, actionCount, 6 + headerBytes.Length, payload.Length);
    }

    private static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = new StableHash();
        hash.Add(bytes);
        return hash.Value;
    }
}
