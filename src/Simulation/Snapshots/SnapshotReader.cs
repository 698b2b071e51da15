using System.Buffers.Binary;

namespace PracticePlatform.Simulation.Snapshots;

/// <summary>
/// Reads what <see cref="SnapshotWriter"/> wrote. Arrays are read into the arrays a fresh cell of the same scenario
/// already has, so a length that does not match the scenario's shape is refused rather than trusted; a payload that
/// ends early is refused too. Every refusal is a <see cref="CellSnapshotException"/>.
/// </summary>
internal sealed class SnapshotReader
{
    private readonly byte[] _bytes;
    private int _at;

    public SnapshotReader(byte[] bytes, int offset, int length)
    {
        _bytes = bytes;
        _at = offset;
        End = offset + length;
    }

    public int End { get; }

    public int Position => _at;

    public bool AtEnd => _at == End;

    public bool Bool() => Take(1)[0] switch
    {
        0 => false,
        1 => true,
        _ => throw new CellSnapshotException("the snapshot holds an invalid boolean"),
    };

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>An int the cell uses as an index or a bound, refused unless it lies within [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public int Int(int low, int high, string what)
    {
        var value = Int();
        return value >= low && value <= high
            ? value
            : throw new CellSnapshotException($"the snapshot holds {what} {value}, outside {low} to {high}");
    }

    public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ULong() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public double Double() => BitConverter.Int64BitsToDouble(Long());

    public float Float() => BitConverter.Int32BitsToSingle(Int());

    public string String()
    {
        var length = Count(2);
        var bytes = Take(length * 2);
        var chars = new char[length];
        for (var k = 0; k < length; k++)
        {
            chars[k] = (char)BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(k * 2, 2));
        }

        return new string(chars);
    }

    /// <summary>A list's length, checked against what is left so a corrupt count cannot allocate gigabytes.</summary>
    public int Count(int bytesPerItem)
    {
        var count = Int();
        if (count < 0 || (long)count * Math.Max(1, bytesPerItem) > End - _at)
        {
            throw new CellSnapshotException($"the snapshot holds an impossible count ({count})");
        }

        return count;
    }

    /// <summary>An enum value written as an int, refused unless the enum defines it.</summary>
    public T Enum<T>()
        where T : struct, System.Enum
    {
        var value = System.Enum.ToObject(typeof(T), Int());
        return System.Enum.IsDefined(typeof(T), value)
            ? (T)value
            : throw new CellSnapshotException($"the snapshot holds an unknown {typeof(T).Name} ({value})");
    }

    public void Into(Span<double> into)
    {
        ExpectLength(into.Length, 8);
        for (var k = 0; k < into.Length; k++)
        {
            into[k] = Double();
        }
    }

    public void Into(Span<float> into)
    {
        ExpectLength(into.Length, 4);
        for (var k = 0; k < into.Length; k++)
        {
            into[k] = Float();
        }
    }

    public void Into(Span<long> into)
    {
        ExpectLength(into.Length, 8);
        for (var k = 0; k < into.Length; k++)
        {
            into[k] = Long();
        }
    }

    public void Into(Span<int> into)
    {
        ExpectLength(into.Length, 4);
        for (var k = 0; k < into.Length; k++)
        {
            into[k] = Int();
        }
    }

    /// <summary>Ints the cell uses as indexes or bounds, each refused unless within [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public void Into(Span<int> into, int low, int high, string what)
    {
        ExpectLength(into.Length, 4);
        for (var k = 0; k < into.Length; k++)
        {
            into[k] = Int(low, high, what);
        }
    }

    public void Into(Span<ushort> into)
    {
        ExpectLength(into.Length, 2);
        for (var k = 0; k < into.Length; k++)
        {
            into[k] = BinaryPrimitives.ReadUInt16LittleEndian(Take(2));
        }
    }

    public void Into(Span<byte> into)
    {
        ExpectLength(into.Length, 1);
        Take(into.Length).CopyTo(into);
    }

    public void Into(Span<bool> into)
    {
        ExpectLength(into.Length, 1);
        for (var k = 0; k < into.Length; k++)
        {
            into[k] = Bool();
        }
    }

    public int[] Ints()
    {
        var values = new int[Count(4)];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = Int();
        }

        return values;
    }

    public bool[] Bools()
    {
        var values = new bool[Count(1)];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = Bool();
        }

        return values;
    }

    /// <summary>Reads a list's length and refuses the snapshot unless it is what this scenario's cell holds.</summary>
    public void ExpectLength(int expected, int bytesPerItem = 1)
    {
        var length = Count(bytesPerItem);
        if (length != expected)
        {
            throw new CellSnapshotException($"the snapshot holds an array of {length} where this scenario's cell has {expected}");
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > End - _at)
        {
            throw new CellSnapshotException("the snapshot ends early (truncated)");
        }

        var span = new ReadOnlySpan<byte>(_bytes, _at, count);
        _at += count;
        return span;
    }
}
