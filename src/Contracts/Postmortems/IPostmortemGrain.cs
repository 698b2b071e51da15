using Orleans.Concurrency;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// A session's collaborative postmortem, keyed by the session's id: the sections participants write, each versioned
/// with its history. The facts are the session's (<see cref="ISessionGrain.PostmortemFactsAsync"/>), which also
/// decides who may read and write: admins and the session's instigators once the debrief is held, responders and
/// observers once it is held (403 before, 409 for the others before it). Sections change until the session is closed.
/// </summary>
[Alias("practice.IPostmortemGrain")]
public interface IPostmortemGrain : IGrainWithGuidKey
{
    /// <summary>The facts and every section with its version and history.</summary>
    [ReadOnly]
    Task<PostmortemView> GetAsync(Caller caller);

    /// <summary>
    /// Saves one section if <see cref="PostmortemEdit.Version"/> is its version now, and answers it with its new
    /// version; otherwise throws <see cref="PostmortemConflictException"/> with the section as it is now.
    /// </summary>
    Task<PostmortemSection> EditAsync(Caller caller, PostmortemEdit edit);

    /// <summary>The postmortem as a Markdown document.</summary>
    [ReadOnly]
    Task<string> MarkdownAsync(Caller caller);
}
