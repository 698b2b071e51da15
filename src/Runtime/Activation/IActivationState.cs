namespace PracticePlatform.Runtime.Activation;

/// <summary>A piece of state an activation loads before <c>OnActivateAsync</c>.</summary>
internal interface IActivationState
{
    Task LoadAsync();
}
