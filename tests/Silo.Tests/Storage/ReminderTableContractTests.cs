namespace PracticePlatform.Silo.Tests.Storage;

/// <summary>
/// What every reminder table must do, as Orleans's reminder service relies on it. Each table runs this suite through
/// one subclass; each test gets a fresh, empty table.
/// </summary>
public abstract class ReminderTableContractTests : IAsyncLifetime
{
    private static readonly GrainId Counter = GrainId.Create("counter", "alpha");
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.FromHours(1));

    private IReminderTable? _table;

    protected ReminderRows Reminders => new(_table ?? throw new InvalidOperationException("The test has not been initialized."));

    /// <summary>An empty reminder table for one test.</summary>
    protected abstract Task<IReminderTable> CreateReminderTableAsync();

    /// <summary>The finest start time the table keeps exactly (Orleans's own times have tick precision; a microsecond is far below a reminder's).</summary>
    protected virtual TimeSpan StartTimePrecision => TimeSpan.FromTicks(1);

    /// <summary>Removes what the table left behind once it is disposed.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => _table = await CreateReminderTableAsync();

    public async Task DisposeAsync()
    {
        await StorageContractTests.DisposeProviderAsync(_table);
        await CleanUpAsync();
    }

    [Fact]
    public async Task ReadRows_ForARingRange_GivesTheRemindersWhoseGrainHashLiesInIt_WrappingAround()
    {
        var grains = Enumerable.Range(0, 40).Select(i => GrainId.Create("session", $"s{i}")).ToList();
        foreach (var grain in grains)
        {
            await Reminders.UpsertRowAsync(new ReminderRow(grain, "pace", Noon, TimeSpan.FromMinutes(1)));
        }
        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();
        var (begin, end) = (hashes[9], hashes[29]);

        var inside = await _table!.ReadRows(begin, end);
        var wrapped = await _table!.ReadRows(end, begin);
        var whole = await _table!.ReadRows(begin, begin);

        Assert.Equal(20, inside.Reminders.Count);
        Assert.All(inside.Reminders, r => Assert.InRange(r.GrainId.GetUniformHashCode(), begin + 1, end));
        Assert.Equal(20, wrapped.Reminders.Count);
        Assert.Equal(40, whole.Reminders.Count);
    }

    [Fact]
    public async Task UpsertRow_ThenReadRow_GivesTheEntryWithItsETag()
    {
        // A start time as precise as the store keeps (ticks in SQLite, microseconds in PostgreSQL's timestamptz).
        var startAt = Noon.AddTicks(1234567 / StartTimePrecision.Ticks * StartTimePrecision.Ticks);
        var entry = new ReminderRow(Counter, "tick", startAt, TimeSpan.FromMinutes(5));

        var etag = await Reminders.UpsertRowAsync(entry);
        var read = await Reminders.ReadRowAsync(Counter, "tick");

        Assert.NotNull(read);
        Assert.Equal(entry with { ETag = etag }, read);
        Assert.Equal(startAt.UtcTicks, read.StartAt.UtcTicks);
        Assert.Null(await Reminders.ReadRowAsync(Counter, "tock"));
    }

    [Fact]
    public async Task UpsertRow_ForAnExistingReminder_ReplacesItWithANewETag()
    {
        var first = await Reminders.UpsertRowAsync(new ReminderRow(Counter, "tick", Noon, TimeSpan.FromMinutes(5)));

        var second = await Reminders.UpsertRowAsync(new ReminderRow(Counter, "tick", Noon.AddHours(1), TimeSpan.FromMinutes(10)));

        Assert.NotEqual(first, second);
        var read = Assert.Single(await Reminders.ReadAllAsync());
        Assert.Equal(new ReminderRow(Counter, "tick", Noon.AddHours(1), TimeSpan.FromMinutes(10), second), read);
    }

    [Fact]
    public async Task RemoveRow_WithTheCurrentETag_RemovesIt()
    {
        var etag = await Reminders.UpsertRowAsync(new ReminderRow(Counter, "tick", Noon, TimeSpan.FromMinutes(5)));

        Assert.True(await Reminders.RemoveRowAsync(Counter, "tick", etag));

        Assert.Null(await Reminders.ReadRowAsync(Counter, "tick"));
        Assert.False(await Reminders.RemoveRowAsync(Counter, "tick", etag));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RemoveRow_WithAStaleETag_KeepsIt(bool garbled)
    {
        var stale = await Reminders.UpsertRowAsync(new ReminderRow(Counter, "tick", Noon, TimeSpan.FromMinutes(5)));
        var current = await Reminders.UpsertRowAsync(new ReminderRow(Counter, "tick", Noon, TimeSpan.FromMinutes(6)));

        // A garbled ETag is refused: answered false, or (Orleans's ADO.NET table, which parses it) a FormatException.
        var removed = garbled
            ? await Record.ExceptionAsync(() => Reminders.RemoveRowAsync(Counter, "tick", "x" + stale)) switch
            {
                null => await Reminders.RemoveRowAsync(Counter, "tick", "x" + stale),
                FormatException => false,
                var other => throw other,
            }
            : await Reminders.RemoveRowAsync(Counter, "tick", stale);

        Assert.False(removed);

        Assert.Equal(current, (await Reminders.ReadRowAsync(Counter, "tick"))?.ETag);
    }

    [Fact]
    public async Task UpsertRow_AfterARemove_NeverReusesAnETag()
    {
        var etags = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            var etag = await Reminders.UpsertRowAsync(new ReminderRow(Counter, "tick", Noon, TimeSpan.FromMinutes(5)));
            etags.Add(etag);
            Assert.True(await Reminders.RemoveRowAsync(Counter, "tick", etag));
        }

        Assert.Equal(etags.Count, etags.Distinct().Count());
    }

    [Fact]
    public async Task ReadAll_GivesEveryReminderInGrainIdThenNameOrder()
    {
        GrainId[] grains = [GrainId.Create("session", "b"), GrainId.Create("fault", "z"), GrainId.Create("session", "a"), GrainId.Create("fault", "Z")];
        string[] names = ["probe", "deadline", "Pace"];
        foreach (var grain in grains)
        {
            foreach (var name in names)
            {
                await Reminders.UpsertRowAsync(new ReminderRow(grain, name, Noon, TimeSpan.FromSeconds(30)));
            }
        }

        var all = await Reminders.ReadAllAsync();

        var expected = grains
            .SelectMany(grain => names.Select(name => (Grain: grain.ToString(), Name: name)))
            .OrderBy(row => row.Grain, StringComparer.Ordinal)
            .ThenBy(row => row.Name, StringComparer.Ordinal);
        Assert.Equal(expected, all.Select(entry => (entry.GrainId.ToString(), entry.ReminderName)));
    }

    [Fact]
    public async Task ReadRows_GivesOnlyThatGrainsRemindersByName()
    {
        var other = GrainId.Create("counter", "beta");
        await Reminders.UpsertRowAsync(new ReminderRow(Counter, "tock", Noon, TimeSpan.FromMinutes(1)));
        await Reminders.UpsertRowAsync(new ReminderRow(other, "tick", Noon, TimeSpan.FromMinutes(1)));
        await Reminders.UpsertRowAsync(new ReminderRow(Counter, "tick", Noon, TimeSpan.FromMinutes(1)));

        var rows = await Reminders.ReadRowsAsync(Counter);

        Assert.Equal(["tick", "tock"], rows.Select(row => row.ReminderName));
        Assert.All(rows, row => Assert.Equal(Counter, row.GrainId));
        Assert.Empty(await Reminders.ReadRowsAsync(GrainId.Create("counter", "gamma")));
    }
}
