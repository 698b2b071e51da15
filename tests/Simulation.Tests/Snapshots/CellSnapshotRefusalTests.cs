using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Tests.Snapshots;

/// <summary>A snapshot that is damaged or does not belong to the cell asked for is refused, never half-trusted.</summary>
public sealed class CellSnapshotRefusalTests
{
    private static readonly Lazy<(Cell Cell, byte[] Bytes)> Taken = new(() =>
    {
        var cell = Cell.Create(TestScenarios.Manta, 5);
        cell.RunUntil(400);
        cell.Execute("svcadm clear webapi");
        cell.RunUntil(900);
        return (cell, cell.Snapshot().ToArray());
    });

    [Theory]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(-20)]
    [InlineData(-1)]
    public void ACorruptSnapshot_IsRefused(int at)
    {
        var bytes = Taken.Value.Bytes.ToArray();
        bytes[at < 0 ? bytes.Length + at : at] ^= 0x10;

        var refused = Assert.Throws<CellSnapshotException>(() => CellSnapshot.Parse(bytes));

        Assert.Contains("corrupt", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorruptPayloadByteInTheMiddle_IsRefused()
    {
        var bytes = Taken.Value.Bytes.ToArray();
        bytes[bytes.Length / 2]++;

        Assert.Throws<CellSnapshotException>(() => CellSnapshot.Parse(bytes));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(100)]
    [InlineData(-8)]
    [InlineData(-1)]
    public void ATruncatedSnapshot_IsRefused(int length)
    {
        var bytes = Taken.Value.Bytes;

        Assert.Throws<CellSnapshotException>(() => CellSnapshot.Parse(bytes.AsSpan(0, length < 0 ? bytes.Length + length : length)));
    }

    /// <summary>A count or index the cell would use unchecked (a link cut count indexes a fixed array) is refused when out of bounds.</summary>
    [Theory]
    [InlineData(17)]
    [InlineData(-1)]
    public void AnIndexOutsideTheCellsBounds_IsRefused(int value)
    {
        var writer = new SnapshotWriter();
        writer.Write(value);
        var bytes = writer.ToArray();
        var reader = new SnapshotReader(bytes, 0, bytes.Length);

        var refused = Assert.Throws<CellSnapshotException>(() => reader.Int(0, Simulation.Model.CellState.MaxLinkCuts, "a link cut count of"));

        Assert.Contains($"a link cut count of {value}, outside 0 to 16", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A well-formed snapshot whose network fields lie outside the cell (written here by setting them on a live cell)
    /// is refused on restore with the snapshot's own error, not an index out of range later.
    /// </summary>
    [Theory]
    [InlineData("_splitBrain", "a split-brain primary 9999")]
    [InlineData("_linkCuts", "a link cut count of 17")]
    public void NetworkFieldsOutsideTheCell_AreRefusedOnRestore(string field, string refusal)
    {
        var cell = Cell.Create(TestScenarios.Manta, 5);
        cell.RunUntil(60);
        var info = typeof(Simulation.Model.CellState).GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        if (field == "_splitBrain")
        {
            ((int[])info.GetValue(cell.State)!)[0] = 9999;
        }
        else
        {
            info.SetValue(cell.State, 17);
        }

        var snapshot = cell.Snapshot();

        var refused = Assert.Throws<CellSnapshotException>(() => Cell.Restore(TestScenarios.Manta, snapshot));
        Assert.Contains(refusal, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASnapshotOfAnotherFormat_IsRefused()
    {
        var bytes = Taken.Value.Bytes.ToArray();
        bytes[4] = CellSnapshot.CurrentFormat + 1;

        var refused = Assert.Throws<CellSnapshotException>(() => CellSnapshot.Parse(bytes));

        Assert.Contains("format", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASnapshotOfAnotherScenarioVersion_IsRefused()
    {
        var snapshot = CellSnapshot.Parse(Taken.Value.Bytes);
        var newer = TestScenarios.Manta with { Version = TestScenarios.Manta.Version + 1 };

        var refused = Assert.Throws<CellSnapshotException>(() => Cell.Restore(newer, snapshot));

        Assert.Contains($"version {TestScenarios.Manta.Version}", refused.Message, StringComparison.Ordinal);
        Assert.Throws<CellSnapshotException>(() => Cell.Replay(newer, 5, snapshot, Taken.Value.Cell.Actions, 1000));
    }

    [Fact]
    public void ASnapshotOfAnotherScenario_IsRefused()
    {
        var snapshot = CellSnapshot.Parse(Taken.Value.Bytes);

        Assert.Throws<CellSnapshotException>(() => Cell.Restore(TestScenarios.Load("shop-retry-storm"), snapshot));
    }

    [Fact]
    public void ASnapshotThatDoesNotFitTheLog_IsRefused()
    {
        var (cell, bytes) = Taken.Value;
        var snapshot = CellSnapshot.Parse(bytes);
        var scenario = TestScenarios.Manta;
        CellAction[] rewritten = [cell.Actions[0] with { Argument = "svcadm restart webapi" }];
        CellAction[] early = [.. cell.Actions, new CellAction(300, CellActionKind.Command, "svcs", "ana")];

        Assert.Throws<CellSnapshotException>(() => Cell.Replay(scenario, 6, snapshot, cell.Actions, 1000));
        Assert.Throws<CellSnapshotException>(() => Cell.Replay(scenario, 5, snapshot, cell.Actions, 899));
        Assert.Throws<CellSnapshotException>(() => Cell.Replay(scenario, 5, snapshot, [], 1000));
        Assert.Throws<CellSnapshotException>(() => Cell.Replay(scenario, 5, snapshot, rewritten, 1000));
        Assert.Throws<CellSnapshotException>(() => Cell.Replay(scenario, 5, snapshot, early, 1000));
        Assert.Equal(Cell.Replay(scenario, 5, cell.Actions, 1000).Digest, Cell.Replay(scenario, 5, snapshot, cell.Actions, 1000).Digest);
    }
}
