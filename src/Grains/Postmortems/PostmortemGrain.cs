using System.Collections.Immutable;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Postmortems;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Postmortems;

/// <summary>
/// See <see cref="IPostmortemGrain"/>. A grain of its own beside the session, so that a save writes only the
/// sections (not the session's timeline) and editors never queue behind the live session's turns. Every call first
/// asks the session for the facts, which is also where who may read and write is decided; the session never calls
/// back here, so no call cycle can arise.
/// </summary>
public sealed class PostmortemGrain([PersistentState("postmortem")] IPersistentState<PostmortemState> state, TimeProvider timeProvider) : Grain, IPostmortemGrain
{
    private Guid Id => this.GetPrimaryKey();

    private ISessionGrain Session => GrainFactory.GetGrain<ISessionGrain>(Id);

    public async Task<PostmortemView> GetAsync(Caller caller)
    {
        var facts = await Session.PostmortemFactsAsync(caller);
        var sections = Sections();
        return new PostmortemView(Id, sections.Sum(s => s.Version), facts.Editable, facts, sections);
    }

    public async Task<PostmortemSection> EditAsync(Caller caller, PostmortemEdit edit)
    {
        var facts = await Session.PostmortemFactsAsync(caller);
        var name = PostmortemRules.Section(edit.Section);
        if (!facts.Editable)
        {
            throw new SessionRuleException($"The session is {facts.Status}: its postmortem is final and reads only.");
        }
        var text = name == PostmortemSections.ActionItems ? null : PostmortemRules.Text(edit);
        var items = name == PostmortemSections.ActionItems ? PostmortemRules.Items(edit, facts.Roster) : [];
        var section = state.State.Sections.FirstOrDefault(s => s.Name == name);
        if (edit.Version != (section?.Version ?? 0))
        {
            throw new PostmortemConflictException(View(name, section), edit.Version);
        }
        if (section is null)
        {
            section = new PostmortemSectionState { Name = name };
            state.State.Sections.Add(section);
        }
        section.Version++;
        section.Text = text ?? "";
        section.Items = [.. items];
        section.EditedBy = caller.Name;
        section.EditedById = caller.PersonId;
        section.EditedAt = timeProvider.GetUtcNow();
        section.History.Add(new SavedRevision(section.Version, caller.Name, caller.PersonId, section.EditedAt.Value, Content(section)));
        if (section.History.Count > PostmortemSections.MaxRevisions)
        {
            section.History.RemoveRange(0, section.History.Count - PostmortemSections.MaxRevisions);
        }
        await state.WriteStateAsync();
        return View(name, section);
    }

    public async Task<string> MarkdownAsync(Caller caller) =>
        PostmortemMarkdown.Render(Id, await Session.PostmortemFactsAsync(caller), Sections());

    private ImmutableArray<PostmortemSection> Sections() =>
        [.. PostmortemSections.All.Select(name => View(name, state.State.Sections.FirstOrDefault(s => s.Name == name)))];

    private static PostmortemSection View(string name, PostmortemSectionState? section)
    {
        if (section is null)
        {
            return new PostmortemSection(name, PostmortemSections.Title(name), 0, "", [], null, null, []);
        }
        var history = section.History;
        var revisions = history.Select((r, i) => new PostmortemRevision(
            r.Version,
            r.By,
            r.At,
            i > 0 ? history[i - 1].Content : r.Version == 1 ? "" : null,
            r.Content));
        return new PostmortemSection(name, PostmortemSections.Title(name), section.Version, section.Text, [.. section.Items], section.EditedBy, section.EditedAt, [.. revisions.Reverse()]);
    }

    /// <summary>A section's content as text: its text, or its action items as Markdown checklist lines.</summary>
    private static string Content(PostmortemSectionState section) =>
        section.Name == PostmortemSections.ActionItems ? string.Join("\n", section.Items.Select(PostmortemMarkdown.ActionItemLine)) : section.Text;
}
