namespace PracticePlatform.Silo.Storage;

/// <summary>Where one piece of grain state lives in a store: grain type, grain key and state name.</summary>
public readonly record struct GrainStateKey(string GrainType, string GrainKey, string StateName)
{
    public static GrainStateKey For(GrainId grainId, string stateName) => new(grainId.Type.ToString()!, grainId.Key.ToString()!, stateName);

    public override string ToString() => $"{GrainType}/{GrainKey}#{StateName}";
}
