using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.WebConsole;
using PracticePlatform.Contracts.Postmortems;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Pages.Sessions;

/// <summary>
/// The postmortem: the facts the platform prefilled and the sections participants write, each saved on the version
/// the page was loaded with (a save someone else made since is shown beside one's own text, to apply again); prints
/// as a clean document. Who may read it is the postmortem's rule: responders and observers after the debrief only.
/// </summary>
public sealed class PostmortemModel(ConsoleAccess access, IGrainFactory grains) : SessionPageModel(access)
{
    public PostmortemView? Postmortem { get; private set; }

    /// <summary>Why there is no postmortem yet (the debrief is not held), for admins and instigators.</summary>
    public string? NotYet { get; private set; }

    protected override bool Admits(SessionSeat seat) => seat.MayWatch;

    public override async Task<IActionResult> OnGetAsync()
    {
        var result = await base.OnGetAsync();
        if (result is not PageResult)
        {
            return result;
        }
        try
        {
            Postmortem = await grains.GetGrain<IPostmortemGrain>(Id).GetAsync(Seat.Caller);
        }
        catch (ParticipantNotAllowedException)
        {
            return RedirectToPage("/Forbidden");
        }
        catch (SessionRuleException e)
        {
            NotYet = e.Message;
        }
        return result;
    }

    public PostmortemSection Section(string name) => Postmortem!.Sections.Single(s => s.Name == name);

    public static string Clock(long? second) => second is { } s ? TimeSpan.FromSeconds(s).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "–";

    public static string Edited(PostmortemSection section) => section.EditedBy is { } by
        ? $"Version {section.Version}, last edited by {by}"
        : "Not written yet.";
}
