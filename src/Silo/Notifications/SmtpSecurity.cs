namespace PracticePlatform.Silo.Notifications;

/// <summary>How the connection to the SMTP relay is secured (<see cref="NotificationOptions.SmtpSecurity"/>).</summary>
public enum SmtpSecurity
{
    /// <summary>
    /// STARTTLS when the relay offers it, plain SMTP when it does not. A password is still never sent over a plain
    /// connection in this mode: with <see cref="NotificationOptions.SmtpUsername"/> set, a relay that offers no
    /// STARTTLS is refused.
    /// </summary>
    Auto,

    /// <summary>Plain SMTP, no TLS even when the relay offers it: only for a relay on a trusted network.</summary>
    None,

    /// <summary>STARTTLS is required: a relay that does not offer it is refused (the usual port is 587).</summary>
    StartTls,

    /// <summary>Implicit TLS: the connection is TLS from its first byte (SMTPS, usually port 465).</summary>
    SslOnConnect,
}
