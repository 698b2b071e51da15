namespace PracticePlatform.Simulation.Snapshots;

/// <summary>
/// The canonical encoding of snapshot payloads: little-endian integers, doubles and floats by their bits, strings
/// as UTF-16 code units with their length (lossless, unlike UTF-8 for lone surrogates), arrays with their length.
/// Every type writes its own fields in a fixed order, so equal states give equal bytes.
/// </summary>
internal sealed class SnapshotWriter
{
    private readonly MemoryStream _stream = new();
    private readonly BinaryWriter _writer;

    public SnapshotWriter()
    {
        _writer = new BinaryWriter(_stream);
    }

    public void Write(bool value) => _writer.Write(value);

    public void Write(byte value) => _writer.Write(value);

    public void Write(int value) => _writer.Write(value);

    public void Write(long value) => _writer.Write(value);

    public void Write(ulong value) => _writer.Write(value);

    public void Write(double value) => _writer.Write(BitConverter.DoubleToInt64Bits(value));

    public void Write(float value) => _writer.Write(BitConverter.SingleToInt32Bits(value));

    public void Write(string value)
    {
        _writer.Write(value.Length);
        foreach (var c in value)
        {
            _writer.Write((ushort)c);
        }
    }

    public void Write(ReadOnlySpan<double> values)
    {
        _writer.Write(values.Length);
        foreach (var value in values)
        {
            Write(value);
        }
    }

    public void Write(ReadOnlySpan<float> values)
    {
        _writer.Write(values.Length);
        foreach (var value in values)
        {
            Write(value);
        }
    }

    public void Write(ReadOnlySpan<long> values)
    {
        _writer.Write(values.Length);
        foreach (var value in values)
        {
            _writer.Write(value);
        }
    }

    public void Write(ReadOnlySpan<int> values)
    {
        _writer.Write(values.Length);
        foreach (var value in values)
        {
            _writer.Write(value);
        }
    }

    public void Write(ReadOnlySpan<ushort> values)
    {
        _writer.Write(values.Length);
        foreach (var value in values)
        {
            _writer.Write(value);
        }
    }

    public void Write(ReadOnlySpan<byte> values)
    {
        _writer.Write(values.Length);
        _writer.Write(values);
    }

    public void Write(ReadOnlySpan<bool> values)
    {
        _writer.Write(values.Length);
        foreach (var value in values)
        {
            _writer.Write(value);
        }
    }

    public byte[] ToArray()
    {
        _writer.Flush();
        return _stream.ToArray();
    }
}
