namespace PracticePlatform.Grains.People;

/// <summary>The seed's prerequisites for a responder: credentials for the tools, and an own deployment of the system.</summary>
public sealed record Prerequisites(bool Credentials, bool OwnDeployment)
{
    public bool Met => Credentials && OwnDeployment;
}
