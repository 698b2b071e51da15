using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PracticePlatform.Testing;

/// <summary>
/// The platform as its own operating-system process: the built API assembly (or a silo's) run by <c>dotnet</c> on a
/// data folder, embedded SQLite unless the environment says otherwise, on a loopback port (Kestrel's pick unless
/// given), on the real clock. <see cref="KillAsync"/> is SIGKILL: no shutdown hooks, no deactivation, nothing
/// flushed that was not already durable.
/// </summary>
public sealed partial class PlatformProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string? _traceFile;

    private PlatformProcess(Process process)
    {
        _process = process;
        // PRACTICE_TEST_TRACE names a folder where every platform process a test or bench starts also writes its
        // output, one file per process, lines stamped with the time they were read: for diagnosing a run afterwards.
        if (Environment.GetEnvironmentVariable("PRACTICE_TEST_TRACE") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            _traceFile = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(process.StartInfo.ArgumentList[0])}-{process.Id}.log");
        }
        _process.OutputDataReceived += (_, e) => Observe(e.Data);
        _process.ErrorDataReceived += (_, e) => Observe(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"The platform exited with {_process.ExitCode} before listening:\n{Output}"));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Where the platform listens, known once it has started.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>What the process printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The process id, for logs of tests that kill it.</summary>
    public int Id => _process.Id;

    /// <summary>Starts the platform on <paramref name="dataFolder"/> and waits until it listens and is ready.</summary>
    public static Task<PlatformProcess> StartAsync(string dataFolder, string adminToken, IReadOnlyDictionary<string, string> environment) =>
        StartAsync("PracticePlatform.Api.dll", dataFolder, adminToken, environment, port: 0);

    /// <summary>
    /// Starts <paramref name="assemblyName"/> (the API or a silo) on <paramref name="dataFolder"/>, listening on
    /// <paramref name="port"/> (0: any), and waits until it listens and is ready.
    /// </summary>
    public static async Task<PlatformProcess> StartAsync(string assemblyName, string dataFolder, string adminToken, IReadOnlyDictionary<string, string> environment, int port)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, assemblyName);
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"The API is not built next to the tests: {assembly}");
        }
        var start = StartInfo(assembly, dataFolder, port, environment);
        start.Environment["PRACTICE_ADMIN_TOKEN"] = adminToken;
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start the platform process.");
        }
        var platform = new PlatformProcess(process);
        try
        {
            platform.Address = await platform._listening.Task.WaitAsync(Patience);
            using var http = platform.CreateClient();
            var ready = await http.GetAsync("/health/ready");
            if (!ready.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"The platform listens but is not ready ({(int)ready.StatusCode}):\n{platform.Output}");
            }
        }
        catch (TimeoutException)
        {
            await platform.DisposeAsync();
            throw new TimeoutException($"Timed out after {Patience.TotalSeconds:0} s waiting for the platform to listen:\n{platform.Output}");
        }
        return platform;
    }

    /// <summary>
    /// Runs <paramref name="assemblyName"/> with <paramref name="environment"/> until it exits (a start meant to
    /// fail), bounded; answers its exit code and what it wrote to standard error.
    /// </summary>
    public static async Task<(int ExitCode, string Error)> RunToExitAsync(string assemblyName, string dataFolder, IReadOnlyDictionary<string, string> environment, int port)
    {
        var start = StartInfo(Path.Combine(AppContext.BaseDirectory, assemblyName), dataFolder, port, environment);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {assemblyName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{assemblyName} was meant to stop but still ran after 90 s:\n{await output}\n{await error}");
        }
        await output;
        return (process.ExitCode, await error);
    }

    /// <summary>How a platform process is run: by <c>dotnet</c>, beside the tests, on a loopback port, in production mode.</summary>
    private static ProcessStartInfo StartInfo(string assembly, string dataFolder, int port, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo
        {
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        start.Environment["PRACTICE_DATA"] = dataFolder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return start;
    }

    /// <summary>A client on the platform's address.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = Patience };

    /// <summary>SIGKILL, and waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>SIGTERM, as an orchestrator stops a process, and waits for it to finish shutting down.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Observe(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
            if (_traceFile is not null)
            {
                File.AppendAllText(_traceFile, $"{DateTime.UtcNow:HH:mm:ss.fff} {line}{Environment.NewLine}");
            }
        }
        var listening = ListeningLine().Match(line);
        if (listening.Success)
        {
            _listening.TrySetResult(new Uri(listening.Groups["url"].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
