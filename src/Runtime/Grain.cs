using PracticePlatform.Runtime.Activation;

namespace PracticePlatform.Runtime;

/// <summary>
/// Base class of grain implementations. An instance lives in one activation and runs one turn at a time
/// (unless opted into interleaving), so its fields need no locks.
/// </summary>
public abstract class Grain
{
    private readonly GrainActivation _activation;

    protected Grain()
    {
        _activation = GrainActivation.Constructing
            ?? throw new InvalidOperationException($"{GetType().Name} can only be created by the grain runtime.");
    }

    internal GrainActivation Activation => _activation;

    /// <summary>This grain's id.</summary>
    public GrainId GrainId => _activation.GrainId;

    /// <summary>References to other grains.</summary>
    protected IGrainFactory GrainFactory => _activation.Runtime;

    /// <summary>The runtime's clock.</summary>
    protected TimeProvider TimeProvider => _activation.Runtime.TimeProvider;

    /// <summary>Called before the first request is delivered, after persistent state was read.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the activation goes away; best effort (skipped on a crash), never rely on it for durability.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current turn ends; the next call activates the grain again.</summary>
    protected void DeactivateOnIdle() => _activation.RequestDeactivation(DeactivationReason.ApplicationRequested);

    /// <summary>Starts a timer whose ticks run as turns of this grain and end with the activation.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options) =>
        _activation.RegisterTimer(callback, options);

    /// <summary>Starts a timer whose ticks run as turns of this grain, first after <paramref name="dueTime"/>, then every <paramref name="period"/>.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        _activation.RegisterTimer(callback, new GrainTimerCreationOptions(dueTime, period));

    /// <summary>Registers or updates a durable reminder; ticks arrive through <see cref="IRemindable.ReceiveReminder"/>.</summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        _activation.Runtime.Reminders.RegisterOrUpdateAsync(GrainId, reminderName, dueTime, period);

    /// <summary>Removes a durable reminder.</summary>
    protected Task UnregisterReminder(IGrainReminder reminder) =>
        _activation.Runtime.Reminders.UnregisterAsync(GrainId, reminder);

    /// <summary>A registered reminder by name, or null.</summary>
    protected Task<IGrainReminder?> GetReminder(string reminderName) =>
        _activation.Runtime.Reminders.GetAsync(GrainId, reminderName);
}
