namespace PracticePlatform.Runtime;

/// <summary>
/// Identifies one grain: its type name (the grain class name, lower case, without the "Grain" suffix) and its key.
/// </summary>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>The form used in logs, storage rows and messages: <c>type/key</c>.</summary>
    public override string ToString() => $"{Type}/{Key}";

    /// <summary>Parses the <c>type/key</c> form written by <see cref="ToString"/>.</summary>
    public static GrainId Parse(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == value.Length - 1)
        {
            throw new FormatException($"'{value}' is not a grain id of the form type/key.");
        }
        return new GrainId(value[..slash], value[(slash + 1)..]);
    }
}
