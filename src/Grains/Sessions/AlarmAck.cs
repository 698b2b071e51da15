namespace PracticePlatform.Grains.Sessions;

/// <summary>An acknowledgement of one firing of an alarm (the firing is identified by the second it started).</summary>
public sealed record AlarmAck(string AlarmId, long FiringSince, string By, long Second);
