namespace PracticePlatform.Runtime;

/// <summary>Implemented by grains that register durable reminders.</summary>
public interface IRemindable : IGrain
{
    /// <summary>
    /// A reminder tick. Ticks can come late (after downtime) or twice (around a restart): make this idempotent.
    /// </summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
