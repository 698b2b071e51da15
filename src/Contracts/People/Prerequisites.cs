namespace PracticePlatform.Contracts.People;

/// <summary>The seed's prerequisites for a responder: credentials for the tools, and an own deployment of the system.</summary>
[GenerateSerializer, Immutable, Alias("practice.Prerequisites")]
public sealed record Prerequisites([property: Id(0)] bool Credentials, [property: Id(1)] bool OwnDeployment)
{
    public bool Met => Credentials && OwnDeployment;
}
