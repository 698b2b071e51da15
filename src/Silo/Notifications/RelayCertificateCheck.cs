using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// Validates the SMTP relay's certificate for one connection. A certificate the system trusts for the relay's host
/// name passes. One whose chain ends at a root the system does not know passes only when it ends at a CA of the
/// <see cref="NotificationOptions.SmtpCertificateAuthority"/> file, and the host name still has to match. Nothing
/// else passes: there is no switch that turns validation off. The reason for a refusal is kept in
/// <see cref="Refusal"/>, so the delivery's failure can say why.
/// </summary>
public sealed class RelayCertificateCheck(string? certificateAuthorityFile)
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    /// <summary>Why the relay's certificate was refused, or null when it was not (or not yet looked at).</summary>
    public string? Refusal { get; private set; }

    /// <summary>The callback for <see cref="MailKit.MailService.ServerCertificateValidationCallback"/>.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }
        if (certificate is null || errors != SslPolicyErrors.RemoteCertificateChainErrors)
        {
            // No certificate, or one for another host: no CA can make up for that.
            return Refuse($"{Describe(certificate)}: {errors}");
        }
        if (string.IsNullOrWhiteSpace(certificateAuthorityFile))
        {
            return Refuse($"{Describe(certificate)} is not trusted ({Statuses(chain)}); trust its CA with {NotificationOptions.Section}:SmtpCertificateAuthority");
        }
        X509Certificate2Collection authorities;
        try
        {
            authorities = [];
            authorities.ImportFromPemFile(certificateAuthorityFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return Refuse($"the SmtpCertificateAuthority file '{certificateAuthorityFile}' could not be read: {e.Message}");
        }
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(authorities);
        custom.ChainPolicy.ApplicationPolicy.Add(ServerAuthentication);
        custom.ChainPolicy.RevocationMode = chain?.ChainPolicy.RevocationMode ?? X509RevocationMode.Online;
        // Intermediates the relay sent along with its certificate.
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return custom.Build(leaf)
            || Refuse($"{Describe(certificate)} is trusted neither by the system nor by the SmtpCertificateAuthority file ({Statuses(custom)})");
    }

    private bool Refuse(string reason)
    {
        Refusal = reason;
        return false;
    }

    private static string Describe(X509Certificate? certificate) =>
        certificate is null ? "the relay sent no certificate" : $"the relay's certificate '{certificate.Subject}'";

    private static string Statuses(X509Chain? chain) =>
        chain is null || chain.ChainStatus.Length == 0
            ? "chain errors"
            : string.Join("; ", chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation.Trim()}").Distinct());
}
