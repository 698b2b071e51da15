namespace PracticePlatform.Chart.Tests.Rendering;

/// <summary>
/// One way of installing the chart (the values files are under tests/Chart.Tests/values), with what the tests
/// expect of it.
/// </summary>
public sealed record ValueSet(string Name, string[] Arguments)
{
    public int SiloReplicas { get; init; } = 3;

    public int FrontendReplicas { get; init; } = 1;

    public bool DeletesDefunctPods { get; init; }

    public bool HasIngress { get; init; }

    public bool HasServiceMonitor { get; init; }

    /// <summary>The Secret and key holding the SMTP relay's CA certificate, when one is given.</summary>
    public (string Secret, string Key)? SmtpCertificateAuthority { get; init; }

    /// <summary>The Secrets the values point at instead of the chart's own: name, and the keys read from it.</summary>
    public IReadOnlyDictionary<string, string[]> ExistingSecrets { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The chart's defaults and nothing else but the one value it cannot default: where PostgreSQL is.</summary>
    public static ValueSet Defaults { get; } = new("defaults",
        ["--set", "postgresql.connectionString=Host=postgres;Database=practice;Username=practice;Password=default-test-password"]);

    public static ValueSet IngressAndServiceMonitor { get; } = new("ingress-and-servicemonitor", File("ingress-and-servicemonitor"))
    {
        HasIngress = true,
        HasServiceMonitor = true,
    };

    public static ValueSet ExistingSecretsOnly { get; } = new("existing-secrets", File("existing-secrets"))
    {
        HasServiceMonitor = true,
        ExistingSecrets = new Dictionary<string, string[]>
        {
            ["practice-db"] = ["connection"],
            ["practice-admin"] = ["token"],
            ["practice-smtp"] = ["password"],
        },
    };

    public static ValueSet SmtpWithCertificateAuthority { get; } = new("smtp-certificate-authority", File("smtp-certificate-authority"))
    {
        SmtpCertificateAuthority = ("corp-root-ca", "corp-root.pem"),
        ExistingSecrets = new Dictionary<string, string[]>
        {
            ["practice-smtp"] = ["password"],
            ["corp-root-ca"] = ["corp-root.pem"],
        },
    };

    public static ValueSet Scaled { get; } = new("scaled", File("scaled")) { SiloReplicas = 5, FrontendReplicas = 2 };

    public static ValueSet DefunctPodsDeleted { get; } = new("delete-defunct-pods", File("delete-defunct-pods")) { DeletesDefunctPods = true };

    public static IReadOnlyList<ValueSet> All { get; } = [Defaults, IngressAndServiceMonitor, ExistingSecretsOnly, SmtpWithCertificateAuthority, Scaled, DefunctPodsDeleted];

    /// <summary>Every value set's name, for theories.</summary>
    public static TheoryData<string> Names => new(All.Select(set => set.Name));

    public static ValueSet Named(string name) => All.Single(set => set.Name == name);

    public override string ToString() => Name;

    private static string[] File(string name) => ["-f", $"tests/Chart.Tests/values/{name}.yaml"];
}
