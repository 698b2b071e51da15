using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.CertificateExpiry;

/// <summary>The service's certificate expires: every caller's TLS handshake fails until it is renewed.</summary>
internal sealed class CertificateExpiryBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        foreach (var i in newTargets)
        {
            cell.AddEvent(i, "warn", "TLS certificate notAfter reached; serving an expired certificate");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service >= 0)
        {
            cell.ServiceTlsBroken[service] = true;
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb == RemediationVerb.RenewCertificate)
        {
            FaultTargeting.MitigateIfService(cell, fault, remediation);
        }
    }
}
