using System.Collections.Immutable;
using PracticePlatform.Runtime;

namespace PracticePlatform.Grains.Sessions;

/// <summary>Every session's id in creation order, for admins and the dashboard. Key: <see cref="Key"/>.</summary>
public interface ISessionIndexGrain : IGrainWithStringKey
{
    /// <summary>The one index grain's key.</summary>
    const string Key = "all";

    Task AddAsync(Guid sessionId);

    Task<ImmutableArray<Guid>> ListAsync();
}
