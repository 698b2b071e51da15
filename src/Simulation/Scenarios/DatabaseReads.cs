namespace PracticePlatform.Simulation.Scenarios;

/// <summary>Where a database's clients send their reads.</summary>
public enum DatabaseReads
{
    /// <summary>Every query goes to the primary.</summary>
    Primary,

    /// <summary>Reads are spread over the replicating peers (sync and asyncs); writes still need the primary.</summary>
    Replicas,
}
