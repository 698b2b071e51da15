namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// Outbound delivery of alarms and milestones, read from configuration section <see cref="Section"/> (in the
/// environment <c>Practice__Notifications__SmtpSecurity</c> and so on); the environment variable <c>PRACTICE_SMTP</c>
/// (<c>host:port</c>) sets the SMTP relay's host and port as a shortcut.
/// </summary>
public sealed class NotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Practice:Notifications";

    /// <summary>The SMTP relay's host; without one, email targets are recorded as failed and nothing is sent.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>The SMTP relay's port: usually 25 for a relay, 587 with <see cref="SmtpSecurity.StartTls"/>, 465 with <see cref="SmtpSecurity.SslOnConnect"/>.</summary>
    public int SmtpPort { get; set; } = 25;

    /// <summary>
    /// How the connection to the relay is secured; by default STARTTLS when the relay offers it. The relay's
    /// certificate is always validated (see <see cref="SmtpCertificateAuthority"/>): a certificate that is not trusted
    /// fails the delivery, it is never accepted silently.
    /// </summary>
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.Auto;

    /// <summary>The user to authenticate as at the relay; without one, mail is sent without authentication.</summary>
    public string? SmtpUsername { get; set; }

    /// <summary>
    /// The password of <see cref="SmtpUsername"/>. Give it through the environment
    /// (<c>Practice__Notifications__SmtpPassword</c>, e.g. from a Kubernetes Secret), not in a settings file; it is
    /// never logged nor written in a delivery's detail, and never sent over a connection without TLS unless
    /// <see cref="SmtpSecurity"/> is <see cref="SmtpSecurity.None"/>.
    /// </summary>
    public string? SmtpPassword { get; set; }

    /// <summary>
    /// A PEM file of one or more CA certificates to trust for the relay's certificate, in addition to the system's
    /// trusted roots: for a company relay whose certificate comes from an internal CA, or a self-signed one (the file
    /// is then that certificate). The host name must still match the certificate. Read at each connection, so a
    /// renewed file is picked up without a restart.
    /// </summary>
    public string? SmtpCertificateAuthority { get; set; }

    /// <summary>The envelope sender and <c>From</c> address.</summary>
    public string From { get; set; } = "practice@localhost";

    /// <summary>How many times one notification is tried on one target, the first try included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry; each further retry waits twice as long as the one before.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest one try may take (connecting, sending, waiting for the answer).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A target's circuit opens when at least this many tries failed within <see cref="CircuitSamplingDuration"/>
    /// and none of them succeeded, that is after this many failures in a row.
    /// </summary>
    public int CircuitFailureThreshold { get; set; } = 5;

    /// <summary>How far back the circuit breaker looks when counting a target's failures.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an open circuit rejects tries before one is let through to probe the target.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many notifications may wait for delivery; past that, new ones are dropped (and logged).</summary>
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>How long a graceful stop waits for queued and in-flight deliveries (real time).</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many deliveries (one notification to one target, retries included) run at once.</summary>
    public int MaxConcurrentDeliveries { get; set; } = 16;

    /// <summary>Whether an SMTP relay is configured.</summary>
    public bool HasSmtp => !string.IsNullOrWhiteSpace(SmtpHost);

    /// <summary>Whether the relay is to be authenticated with (<see cref="SmtpUsername"/> is set).</summary>
    public bool HasSmtpCredentials => !string.IsNullOrEmpty(SmtpUsername);

    /// <summary>Sets the relay from <c>host</c>, <c>host:port</c> or <c>[ipv6]:port</c> (the <c>PRACTICE_SMTP</c> form).</summary>
    public void UseSmtpShortcut(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        value = value.Trim();
        var closingBracket = value.StartsWith('[') ? value.IndexOf(']', StringComparison.Ordinal) : -1;
        var colon = closingBracket >= 0 ? value.IndexOf(':', closingBracket) : value.LastIndexOf(':');
        if (colon < 0 || (closingBracket < 0 && value.IndexOf(':', StringComparison.Ordinal) != colon))
        {
            // No port, or a bare IPv6 address whose colons are not a port separator.
            SmtpHost = value.Trim('[', ']');
            return;
        }
        if (!int.TryParse(value.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new FormatException($"PRACTICE_SMTP must be host:port with a port from 1 to 65535, not '{value}'.");
        }
        SmtpHost = value[..colon].Trim('[', ']');
        SmtpPort = port;
    }

    /// <summary>What is wrong with these settings, or null when they can be used.</summary>
    public string? Problem() =>
        MaxAttempts < 1 ? "MaxAttempts must be at least 1."
        : FirstRetryDelay <= TimeSpan.Zero ? "FirstRetryDelay must be positive."
        : AttemptTimeout < TimeSpan.FromMilliseconds(10) ? "AttemptTimeout must be at least 10 ms."
        : CircuitFailureThreshold < 2 ? "CircuitFailureThreshold must be at least 2."
        : CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) ? "CircuitSamplingDuration must be at least 500 ms."
        : CircuitBreakDuration < TimeSpan.FromMilliseconds(500) ? "CircuitBreakDuration must be at least 500 ms."
        : QueueCapacity < 1 ? "QueueCapacity must be at least 1."
        : MaxConcurrentDeliveries < 1 ? "MaxConcurrentDeliveries must be at least 1."
        : SmtpPort is < 1 or > 65535 ? "SmtpPort must be from 1 to 65535."
        : !Enum.IsDefined(SmtpSecurity) ? "SmtpSecurity must be Auto, None, StartTls or SslOnConnect."
        : HasSmtpCredentials != !string.IsNullOrEmpty(SmtpPassword) ? "SmtpUsername and SmtpPassword must be set together."
        : string.IsNullOrWhiteSpace(From) || From.AsSpan().IndexOfAny("<>\r\n ") >= 0 ? "From must be a bare address such as practice@localhost."
        : null;
}
