namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// A target answered, but not with success. <see cref="IsPermanent"/> tells whether trying again can help: a webhook's
/// 404 or an SMTP 5xx reply will not change, so it is neither retried nor counted against the target's circuit
/// (the target is alive, it just refuses this).
/// </summary>
public sealed class DeliveryException(string message, bool isPermanent) : Exception(message)
{
    /// <summary>Whether trying again cannot help.</summary>
    public bool IsPermanent { get; } = isPermanent;
}
