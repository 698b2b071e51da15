namespace PracticePlatform.Simulation.Scenarios;

public enum PointerKind
{
    Doc,
    Man,
    Source,
}
