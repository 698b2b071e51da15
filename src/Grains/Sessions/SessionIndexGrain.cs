using PracticePlatform.Grains.Indexes;
using PracticePlatform.Runtime.Storage;

namespace PracticePlatform.Grains.Sessions;

/// <summary>See <see cref="ISessionIndexGrain"/>.</summary>
public sealed class SessionIndexGrain([PersistentState("sessions")] IPersistentState<IdIndexState> state) : IdIndexGrain(state), ISessionIndexGrain;
