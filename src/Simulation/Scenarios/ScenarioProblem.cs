namespace PracticePlatform.Simulation.Scenarios;

/// <summary>One problem found while loading a scenario file, at a 1-based line and column.</summary>
public sealed record ScenarioProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
