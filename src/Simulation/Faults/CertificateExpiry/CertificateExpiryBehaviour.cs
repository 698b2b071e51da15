namespace PracticePlatform.Simulation.Faults.CertificateExpiry;

internal sealed class CertificateExpiryBehaviour : FaultBehaviour
{
}
