using PracticePlatform.Runtime;
using PracticePlatform.Runtime.Reminders;

namespace PracticePlatform.Silo.Tests.Storage;

public abstract partial class StorageContractTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task UpsertRow_ThenReadRow_GivesTheEntryWithItsETag()
    {
        var entry = new ReminderEntry(Counter, "tick", Noon.AddTicks(1234567), TimeSpan.FromMinutes(5));

        var etag = await Reminders.UpsertRowAsync(entry);
        var read = await Reminders.ReadRowAsync(Counter, "tick");

        Assert.NotNull(read);
        Assert.Equal(entry with { ETag = etag }, read);
        Assert.Equal(Noon.AddTicks(1234567).UtcTicks, read.StartAt.UtcTicks);
        Assert.Null(await Reminders.ReadRowAsync(Counter, "tock"));
    }

    [Fact]
    public async Task UpsertRow_ForAnExistingReminder_ReplacesItWithANewETag()
    {
        var first = await Reminders.UpsertRowAsync(new ReminderEntry(Counter, "tick", Noon, TimeSpan.FromMinutes(5)));

        var second = await Reminders.UpsertRowAsync(new ReminderEntry(Counter, "tick", Noon.AddHours(1), TimeSpan.FromMinutes(10)));

        Assert.NotEqual(first, second);
        var read = Assert.Single(await Reminders.ReadAllAsync());
        Assert.Equal(new ReminderEntry(Counter, "tick", Noon.AddHours(1), TimeSpan.FromMinutes(10), second), read);
    }

    [Fact]
    public async Task RemoveRow_WithTheCurrentETag_RemovesIt()
    {
        var etag = await Reminders.UpsertRowAsync(new ReminderEntry(Counter, "tick", Noon, TimeSpan.FromMinutes(5)));

        Assert.True(await Reminders.RemoveRowAsync(Counter, "tick", etag));

        Assert.Null(await Reminders.ReadRowAsync(Counter, "tick"));
        Assert.False(await Reminders.RemoveRowAsync(Counter, "tick", etag));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RemoveRow_WithAStaleETag_KeepsIt(bool garbled)
    {
        var stale = await Reminders.UpsertRowAsync(new ReminderEntry(Counter, "tick", Noon, TimeSpan.FromMinutes(5)));
        var current = await Reminders.UpsertRowAsync(new ReminderEntry(Counter, "tick", Noon, TimeSpan.FromMinutes(6)));

        Assert.False(await Reminders.RemoveRowAsync(Counter, "tick", garbled ? "x" + stale : stale));

        Assert.Equal(current, (await Reminders.ReadRowAsync(Counter, "tick"))?.ETag);
    }

    [Fact]
    public async Task UpsertRow_AfterARemove_NeverReusesAnETag()
    {
        var etags = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            var etag = await Reminders.UpsertRowAsync(new ReminderEntry(Counter, "tick", Noon, TimeSpan.FromMinutes(5)));
            etags.Add(etag);
            Assert.True(await Reminders.RemoveRowAsync(Counter, "tick", etag));
        }

        Assert.Equal(etags.Count, etags.Distinct().Count());
    }

    [Fact]
    public async Task ReadAll_GivesEveryReminderInGrainIdThenNameOrder()
    {
        GrainId[] grains = [new("session", "b"), new("fault", "z"), new("session", "a"), new("fault", "Z")];
        string[] names = ["probe", "deadline", "Pace"];
        foreach (var grain in grains)
        {
            foreach (var name in names)
            {
                await Reminders.UpsertRowAsync(new ReminderEntry(grain, name, Noon, TimeSpan.FromSeconds(30)));
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
        var other = new GrainId("counter", "beta");
        await Reminders.UpsertRowAsync(new ReminderEntry(Counter, "tock", Noon, TimeSpan.FromMinutes(1)));
        await Reminders.UpsertRowAsync(new ReminderEntry(other, "tick", Noon, TimeSpan.FromMinutes(1)));
        await Reminders.UpsertRowAsync(new ReminderEntry(Counter, "tick", Noon, TimeSpan.FromMinutes(1)));

        var rows = await Reminders.ReadRowsAsync(Counter);

        Assert.Equal(["tick", "tock"], rows.Select(row => row.ReminderName));
        Assert.All(rows, row => Assert.Equal(Counter, row.GrainId));
        Assert.Empty(await Reminders.ReadRowsAsync(new GrainId("counter", "gamma")));
    }
}
