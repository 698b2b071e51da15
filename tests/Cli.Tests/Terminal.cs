namespace PracticePlatform.Cli.Tests;

/// <summary>
/// One person at a terminal: `practice` pointed at the host with their token in a file, the way people are told
/// to keep it. <see cref="PersonId"/> is null for the admin.
/// </summary>
public sealed class Terminal
{
    private readonly PlatformHost _host;

    private Terminal(PlatformHost host, string name, string tokenFile, Guid? personId)
    {
        _host = host;
        Name = name;
        TokenFile = tokenFile;
        PersonId = personId;
    }

    public string Name { get; }

    public string TokenFile { get; }

    public Guid? PersonId { get; }

    public string Id => PersonId?.ToString() ?? throw new InvalidOperationException($"{Name} is not a registered person.");

    public static Terminal Admin(PlatformHost host) => Of(host, "admin", PlatformHost.AdminToken, personId: null);

    public static Terminal Of(PlatformHost host, string name, string token, Guid? personId)
    {
        var file = Path.Combine(host.ClientFolder, $"{name}-{Guid.NewGuid():N}.token");
        File.WriteAllText(file, token + "\n");
        return new Terminal(host, name, file, personId);
    }

    /// <summary>
    /// Runs `practice &lt;group&gt; --server .. --token-file .. &lt;rest&gt;`: the connection goes right after the command group
    /// (its options are inherited), so it never lands after a `--`.
    /// </summary>
    public Task<CliRun> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public Task<CliRun> RunAsync(string[] args, CancellationToken cancellationToken) =>
        CliRun.OfAsync([args[0], "--server", _host.Address.ToString(), "--token-file", TokenFile, .. args[1..]], cancellationToken);

    /// <summary>Admin: registers a person with `people add --json` and answers their terminal.</summary>
    public async Task<Terminal> RegisterAsync(string name, bool canInstigate = false, string experience = "experienced")
    {
        string[] args = ["people", "add", name, "--experience", experience, "--credentials", "--own-deployment", "--json"];
        var run = await RunAsync(canInstigate ? [.. args, "--can-instigate"] : args);
        Assert.True(run.ExitCode == 0, run.ToString());
        var created = run.Json();
        return Of(_host, name, created.GetProperty("token").GetString()!, created.GetProperty("person").GetProperty("id").GetGuid());
    }
}
