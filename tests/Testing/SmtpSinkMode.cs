namespace PracticePlatform.Testing;

/// <summary>How an <see cref="SmtpSink"/> secures its connections.</summary>
public enum SmtpSinkMode
{
    /// <summary>Plain SMTP: no STARTTLS offered.</summary>
    Plain,

    /// <summary>STARTTLS offered and required: MAIL before it is refused with 530.</summary>
    StartTls,

    /// <summary>Implicit TLS (SMTPS): TLS from the first byte, as on port 465.</summary>
    ImplicitTls,
}
