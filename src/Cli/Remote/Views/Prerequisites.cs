namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A responder's prerequisites: credentials for the tools, an own deployment of the system.</summary>
public sealed record Prerequisites(bool Credentials, bool OwnDeployment);
