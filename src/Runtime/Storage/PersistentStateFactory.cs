using PracticePlatform.Runtime.Activation;

namespace PracticePlatform.Runtime.Storage;

/// <summary>Makes the <see cref="PersistentState{T}"/> for one constructor parameter of a grain class.</summary>
internal sealed class PersistentStateFactory<TState>(string stateName, IGrainStorage storage, string storageName)
{
    public object Create(GrainActivation activation)
    {
        var state = new PersistentState<TState>(activation, stateName, storage, storageName);
        activation.AddState(state);
        return state;
    }
}
