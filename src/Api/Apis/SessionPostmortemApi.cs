using System.Security.Claims;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Postmortems;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>
/// The collaborative postmortem after the debrief: prefilled facts and the sections participants write, each saved on
/// the version its editor read (409 on a stale one), and its Markdown export.
/// </summary>
public static class SessionPostmortemApi
{
    public static IEndpointRouteBuilder MapSessionPostmortemApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions/{id:guid}").RequireAuthorization(Roles.Person).WithTags("Sessions");
        group.MapGet("/postmortem", GetPostmortem).WithSummary("Read the postmortem")
            .WithDescription("Participants and admins, once the debrief is held (responders and observers before it: 403; others: 409): the facts the platform prefilled (impact window and failed shares beside the ground truth, the milestones of the response, commands that mattered, blind alleys, hints, lessons, a Code Blue's time to assemble) and the sections (summary, contributing-factors, went-well, went-poorly, action-items), each with its version, last editor and history. `version` (also the ETag) is the sum of the sections' versions.");
        group.MapPut("/postmortem/sections/{section}", EditSection).WithSummary("Save a postmortem section")
            .WithDescription("Participants and admins, after the debrief and until the session is closed: saves one section if `version` is its version now (0 for one never saved) and answers it with its new version and history. A stale version is 409 naming who saved it since, with the section as it is now in `current`; an unknown section is 404 listing the sections. Text sections take `text` (at most 8000 characters); action-items takes `items`, each `{ text, owner, done }` with owner a participant's name or person id (at most 50 items).")
            .WithRequestExample("""{ "version": 0, "text": "Half the web API instances went into maintenance at minute 3; clearing them restored service by minute 14." }""");
        group.MapGet("/postmortem.md", GetMarkdown).WithSummary("Export the postmortem as Markdown")
            .WithDescription("Whoever may read the postmortem: the whole document in Markdown.");
        return app;
    }

    private static async Task<IResult> GetPostmortem(Guid id, ClaimsPrincipal user, IGrainFactory grains, HttpResponse response)
    {
        var postmortem = await Postmortem(grains, id).GetAsync(user.ToCaller());
        response.Headers.ETag = $"\"{postmortem.Version}\"";
        return TypedResults.Ok(postmortem);
    }

    private static Task<PostmortemSection> EditSection(Guid id, string section, PostmortemSectionRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Postmortem(grains, id).EditAsync(user.ToCaller(), new PostmortemEdit(
            section,
            request.Version,
            request.Text,
            [.. (request.Items ?? []).Select((i, n) => i is null
                ? throw new SessionArgumentException($"items[{n}] is null: each action item is {{ \"text\", \"owner\", \"done\" }}.")
                : new PostmortemActionItem(i.Text, i.Owner, null, i.Done ?? false))]));

    private static async Task<IResult> GetMarkdown(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Text(await Postmortem(grains, id).MarkdownAsync(user.ToCaller()), "text/markdown; charset=utf-8");

    private static IPostmortemGrain Postmortem(IGrainFactory grains, Guid id) => grains.GetGrain<IPostmortemGrain>(id);
}
