namespace PracticePlatform.Simulation.Faults;

/// <summary>A parameter of a fault kind: numeric ones carry bounds, others are free text or true/false.</summary>
public sealed record FaultParameter(string Name, string Default, string Description, double Min = double.NaN, double Max = double.NaN)
{
    /// <summary>Not None: the value must name an entity of these kinds (empty: the parameter's default meaning).</summary>
    public FaultTargets Names { get; init; }

    public bool IsNumeric => !double.IsNaN(Min);

    public bool IsBoolean => Default is "true" or "false";

    /// <summary>Named <c>valid</c>: a <see cref="ConfigRule"/> saying which values fix the fault.</summary>
    public bool IsRule => Name == "valid";
}
