using Orleans.Storage;
using PracticePlatform.Silo.Storage;

namespace PracticePlatform.Silo.Tests.Storage;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Read_WhenNothingWasWritten_GivesDefaultStateAndNoRecord()
    {
        var state = await ReadAsync(Counter);

        Assert.NotNull(state.State);
        Assert.Equal(0, state.State.Value);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Null(await Storage.ReadAsync(GrainStateKey.For(Counter, "counter")));
    }

    [Fact]
    public async Task Write_ThenRead_GivesTheWrittenState()
    {
        var written = await WriteAsync(Counter, 42);

        var read = await ReadAsync(Counter);

        Assert.True(written.RecordExists);
        Assert.True(read.RecordExists);
        Assert.Equal(42, read.State.Value);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task Write_EveryWriteAndClear_GivesANewETag()
    {
        var state = await ReadAsync(Counter);
        var etags = new List<string?>();
        for (var value = 1; value <= 5; value++)
        {
            state.State.Value = value;
            await Storage.WriteStateAsync("counter", Counter, state);
            etags.Add(state.ETag);
        }
        await Storage.ClearStateAsync("counter", Counter, state);
        etags.Add(state.ETag);
        await Storage.WriteStateAsync("counter", Counter, state);
        etags.Add(state.ETag);

        Assert.All(etags, Assert.NotNull);
        Assert.Equal(etags.Count, etags.Distinct().Count());
    }

    [Fact]
    public async Task Write_WithAStaleETag_ThrowsAndKeepsTheOtherWrite()
    {
        await WriteAsync(Counter, 1);
        var first = await ReadAsync(Counter);
        var second = await ReadAsync(Counter);
        first.State.Value = 2;
        await Storage.WriteStateAsync("counter", Counter, first);

        second.State.Value = 3;
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("counter", Counter, second));

        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Equal(2, (await ReadAsync(Counter)).State.Value);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("not-a-version")]
    public async Task Write_FirstWriteThatPresentsAnETag_Throws(string etag)
    {
        var state = new TestGrainState<CounterState> { State = new CounterState { Value = 1 }, ETag = etag };

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("counter", Counter, state));

        Assert.Null(await Storage.ReadAsync(GrainStateKey.For(Counter, "counter")));
    }

    [Fact]
    public async Task Write_WithoutETagOverAnExistingRecord_Throws()
    {
        await WriteAsync(Counter, 1);
        var blind = new TestGrainState<CounterState> { State = new CounterState { Value = 2 } };

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("counter", Counter, blind));

        Assert.Equal(1, (await ReadAsync(Counter)).State.Value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Write_FromConcurrentWritersWithTheSameETag_ExactlyOneWins(bool recordExists)
    {
        if (recordExists)
        {
            await WriteAsync(Counter, 0);
        }
        var writers = new List<TestGrainState<CounterState>>();
        for (var writer = 1; writer <= 16; writer++)
        {
            var state = await ReadAsync(Counter);
            state.State.Value = writer;
            writers.Add(state);
        }

        var outcomes = await Task.WhenAll(writers.Select(state => Task.Run(async () =>
        {
            try
            {
                await Storage.WriteStateAsync("counter", Counter, state);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        })));

        var winner = Assert.Single(writers.Where((_, index) => outcomes[index]));
        var stored = await ReadAsync(Counter);
        Assert.Equal(winner.State.Value, stored.State.Value);
        Assert.Equal(winner.ETag, stored.ETag);
    }

    [Fact]
    public async Task Clear_LeavesNoRecordButTheETagStillGuards()
    {
        var state = await WriteAsync(Counter, 7);
        var beforeClear = state.ETag;

        await Storage.ClearStateAsync("counter", Counter, state);
        var read = await ReadAsync(Counter);

        Assert.False(state.RecordExists);
        Assert.Equal(0, state.State.Value);
        Assert.NotNull(state.ETag);
        Assert.NotEqual(beforeClear, state.ETag);
        Assert.False(read.RecordExists);
        Assert.Equal(0, read.State.Value);
        Assert.Equal(state.ETag, read.ETag);

        var stale = new TestGrainState<CounterState> { State = new CounterState { Value = 8 }, ETag = beforeClear };
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("counter", Counter, stale));
        var blind = new TestGrainState<CounterState> { State = new CounterState { Value = 9 } };
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("counter", Counter, blind));

        read.State.Value = 10;
        await Storage.WriteStateAsync("counter", Counter, read);
        Assert.Equal(10, (await ReadAsync(Counter)).State.Value);
    }

    [Fact]
    public async Task Clear_WithAStaleETag_ThrowsAndKeepsTheRecord()
    {
        var stale = await WriteAsync(Counter, 1);
        await WriteAsync(Counter, 2);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync("counter", Counter, stale));

        var read = await ReadAsync(Counter);
        Assert.True(read.RecordExists);
        Assert.Equal(2, read.State.Value);
    }

    [Fact]
    public async Task Records_AreKeptApartByGrainTypeKeyAndStateName()
    {
        var otherType = GrainId.Create("meter", Counter.Key.ToString()!);
        var otherKey = GrainId.Create(Counter.Type.ToString()!, "beta");
        await WriteAsync(Counter, 1);

        Assert.False((await ReadAsync(otherType)).RecordExists);
        Assert.False((await ReadAsync(otherKey)).RecordExists);
        Assert.False((await ReadAsync(Counter, "history")).RecordExists);

        await WriteAsync(otherType, 2);
        await WriteAsync(otherKey, 3);
        await WriteAsync(Counter, 4, "history");

        Assert.Equal(1, (await ReadAsync(Counter)).State.Value);
        Assert.Equal(2, (await ReadAsync(otherType)).State.Value);
        Assert.Equal(3, (await ReadAsync(otherKey)).State.Value);
        Assert.Equal(4, (await ReadAsync(Counter, "history")).State.Value);
    }

    [Fact]
    public async Task Write_LargePayloads_RoundTrip()
    {
        var note = string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)('a' + (i % 26))));
        var state = await ReadAsync(Counter);
        state.State.Note = note;
        await Storage.WriteStateAsync("counter", Counter, state);
        var payload = new byte[4 * 1024 * 1024];
        new Random(7).NextBytes(payload);
        var key = new GrainStateKey("blob", "large", "content");
        var etag = await Storage.WriteAsync(key, payload, null);

        Assert.Equal(note, (await ReadAsync(Counter)).State.Note);
        var stored = await Storage.ReadAsync(key);
        Assert.NotNull(stored);
        Assert.Equal(etag, stored.ETag);
        Assert.Equal(payload, stored.Payload);
    }
}
