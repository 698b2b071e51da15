// Writes grain state records to a SQLite store until it is killed, printing "ack <grain key> <etag> <value>" once
// each write is acknowledged. The storage tests kill it with SIGKILL mid-stream and check that every acknowledged
// write survived. Each writer inserts new records and also keeps rewriting one counter record, ETag after ETag.
using System.Globalization;
using System.Text;
using PracticePlatform.Silo.Storage;
using PracticePlatform.Silo.Storage.Sqlite;

const int Writers = 8;

if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: PracticePlatform.CrashWriter <database path>");
    return 2;
}

using var storage = new SqliteGrainStorage(args[0]);
await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(() => WriteUntilKilledAsync(storage, writer))));
return 0;

static async Task WriteUntilKilledAsync(GrainStateStore storage, int writer)
{
    var counter = new GrainStateKey("crash", $"counter-{writer}", "state");
    string? counterETag = null;
    for (var iteration = 0; ; iteration++)
    {
        var value = iteration.ToString(CultureInfo.InvariantCulture);
        var record = new GrainStateKey("crash", $"record-{writer}-{value}", "state");
        var recordETag = await storage.WriteAsync(record, Encoding.UTF8.GetBytes(value), null);
        Console.WriteLine($"ack {record.GrainKey} {recordETag} {value}");
        counterETag = await storage.WriteAsync(counter, Encoding.UTF8.GetBytes(value), counterETag);
        Console.WriteLine($"ack {counter.GrainKey} {counterETag} {value}");
    }
}
