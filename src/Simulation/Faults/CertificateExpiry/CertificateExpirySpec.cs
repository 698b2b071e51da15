namespace PracticePlatform.Simulation.Faults.CertificateExpiry;

/// <summary>The certificate-expiry fault kind: name, targets and parameters.</summary>
internal static class CertificateExpirySpec
{
    public const string Kind = "certificate-expiry";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "The service's TLS certificate expires: every caller's handshake fails. Renewing the certificate fixes it.",
        FaultTargets.Service,
        [])
    {
        Remedy = "`cert renew <service>`",
        CreateBehaviour = () => new CertificateExpiryBehaviour(),
    };
}
