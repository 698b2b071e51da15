namespace PracticePlatform.Simulation.Alarms;

/// <summary>The current state of one alarm rule in a cell.</summary>
public sealed record AlarmState(string RuleId, string Severity, bool Firing, long Since, string Message);
