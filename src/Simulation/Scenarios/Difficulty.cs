namespace PracticePlatform.Simulation.Scenarios;

public enum Difficulty
{
    Beginner,
    Intermediate,
    Advanced,
}
