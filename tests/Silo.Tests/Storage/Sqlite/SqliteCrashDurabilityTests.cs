using System.Diagnostics;
using System.Globalization;
using System.Text;
using PracticePlatform.Silo.Storage;
using PracticePlatform.Silo.Storage.Sqlite;

namespace PracticePlatform.Silo.Tests.Storage.Sqlite;

/// <summary>
/// An acknowledged write survives kill -9: a child process writes and acknowledges on stdout, gets SIGKILLed in
/// the middle of its writes, and every acknowledged write must then be in the file.
/// </summary>
public sealed class SqliteCrashDurabilityTests : IDisposable
{
    private const int AcknowledgementsBeforeKill = 200;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("practice-crash-");

    [Fact]
    public async Task Kill9_InTheMiddleOfWrites_LosesNoAcknowledgedWrite()
    {
        var databasePath = Path.Combine(_folder.FullName, "practice.db");
        var acknowledged = new Dictionary<string, (long Version, string Value)>();
        using (var writer = StartCrashWriter(databasePath))
        {
            using (var timeout = new CancellationTokenSource(Patience))
            {
                while (acknowledged.Count < AcknowledgementsBeforeKill)
                {
                    string? line;
                    try
                    {
                        line = await writer.StandardOutput.ReadLineAsync(timeout.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        writer.Kill();
                        throw new TimeoutException(
                            $"Timed out after {Patience.TotalSeconds:0} s waiting for acknowledgement {acknowledged.Count + 1} of {AcknowledgementsBeforeKill} from the crash writer.");
                    }
                    if (line is null)
                    {
                        Assert.Fail($"The crash writer exited early: {await writer.StandardError.ReadToEndAsync()}");
                    }
                    Record(acknowledged, line);
                }
            }

            writer.Kill();

            // Acknowledgements already in the pipe when the kill landed count too; a line cut short by it does not.
            using var drain = new CancellationTokenSource(Patience);
            var rest = await writer.StandardOutput.ReadToEndAsync(drain.Token);
            foreach (var line in rest.Split('\n').SkipLast(1))
            {
                Record(acknowledged, line);
            }
            await writer.WaitForExitAsync(drain.Token);
        }

        using var reopened = new SqliteGrainStorage(databasePath);
        foreach (var (grainKey, (version, value)) in acknowledged)
        {
            var stored = await reopened.ReadAsync(new GrainStateKey("crash", grainKey, "state"));
            Assert.True(stored?.Payload is not null, $"Acknowledged record {grainKey} (ETag {version}) is missing after kill -9.");
            var storedVersion = long.Parse(stored.ETag, CultureInfo.InvariantCulture);
            var storedValue = Encoding.UTF8.GetString(stored.Payload);
            if (grainKey.StartsWith("counter-", StringComparison.Ordinal))
            {
                // Writes after the last acknowledgement may have landed; the writer stores iteration i as version i + 1.
                Assert.True(storedVersion >= version, $"Counter {grainKey} went back from acknowledged ETag {version} to {storedVersion}.");
                Assert.Equal((storedVersion - 1).ToString(CultureInfo.InvariantCulture), storedValue);
            }
            else
            {
                Assert.Equal((version, value), (storedVersion, storedValue));
            }
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static void Record(Dictionary<string, (long Version, string Value)> acknowledged, string line)
    {
        var parts = line.Split(' ');
        Assert.True(parts is ["ack", _, _, _], $"Unexpected line from the crash writer: '{line}'");
        var version = long.Parse(parts[2], CultureInfo.InvariantCulture);
        if (!acknowledged.TryGetValue(parts[1], out var known) || known.Version < version)
        {
            acknowledged[parts[1]] = (version, parts[3]);
        }
    }

    private static Process StartCrashWriter(string databasePath)
    {
        var writerAssembly = Path.Combine(AppContext.BaseDirectory, "PracticePlatform.CrashWriter.dll");
        Assert.True(File.Exists(writerAssembly), $"The crash writer is not built next to the tests: {writerAssembly}");
        var start = new ProcessStartInfo
        {
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writerAssembly);
        start.ArgumentList.Add(databasePath);
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the crash writer.");
    }
}
