using System.Collections.Immutable;
using System.Net;
using PracticePlatform.Contracts.Postmortems;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// Stakeholder messages: the scenario's arrive in the channel on their cell condition or at their time, the same for
/// every participant; instigators post more by hand unless the text gives the solution away; responders answer them,
/// and the debrief names the questions nobody answered. manta-mako-disk-full scripts three: support one minute after
/// the impact starts, product five minutes after alarm put-errors fires, an executive at 20:00 (no answer expected).
/// </summary>
public sealed class StakeholderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public const string Scenario = "manta-mako-disk-full";

    [Fact]
    public async Task ScriptedMessages_ArriveOnTheirCellCondition_AndAtTheirTime_ForEveryParticipant()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-arrive");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await MessagesAsync(g["rui"], g.Id));

        factory.Clock.Advance(TimeSpan.FromMinutes(23));
        var messages = await MessagesAsync(g["rui"], g.Id);
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        Assert.Equal(["Executive (Sam)", "Product (Maya)", "Support (Dana)"], messages.Select(m => m.From).Order(StringComparer.Ordinal));
        var support = Assert.Single(messages, m => m.From == "Support (Dana)");
        // On the impact's start: a minute end (second 59 of a minute) the ground truth calls impacted, plus one minute.
        Assert.Equal(59, support.Second % 60);
        Assert.InRange(support.Second, 180, 600);
        var firing = timeline.First(e => e.Kind == TimelineKind.Alarm && e.Text.StartsWith("FIRING critical put-errors", StringComparison.Ordinal));
        Assert.Equal(firing.Second + 300, Assert.Single(messages, m => m.From == "Product (Maya)").Second);
        var executive = Assert.Single(messages, m => m.From == "Executive (Sam)");
        Assert.Equal((1200L, false), (executive.Second, executive.ExpectsAnswer));

        // The same for the observer, in the channel too, as the role posting with its number.
        Assert.Equal(messages.Select(m => (m.Number, m.From, m.Second)), (await MessagesAsync(g["obi"], g.Id)).Select(m => (m.Number, m.From, m.Second)));
        var channel = await g["obi"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/channel");
        var entry = Assert.Single(channel, e => e.Kind == TimelineKind.Stakeholder && e.Actor == "Support (Dana)");
        Assert.StartsWith($"#{support.Number}: Customers are opening tickets", entry.Text, StringComparison.Ordinal);
        Assert.EndsWith("(expects an answer)", entry.Text, StringComparison.Ordinal);
        // Reading again records nothing twice.
        Assert.Equal(3, (await MessagesAsync(g.Ines, g.Id)).Length);
    }

    [Fact]
    public async Task AnsweredAndUnansweredQuestions_AreToldApartInTheDebrief()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-answer");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromMinutes(21));
        var support = (await MessagesAsync(g["rui"], g.Id)).Single(m => m.From == "Support (Dana)");
        var byHand = await g.Ines.PostAsync<StakeholderMessage>(g.Id, "stakeholder-messages", new { from = "Sales (Lee)", text = "A big customer is asking whether their data is safe. What can I say?", expectsAnswer = true });

        var answered = await g["rui"].PostAsync<StakeholderMessage>(g.Id, $"stakeholder-messages/{support.Number}/answer", new { text = "We see failing uploads and are on it; next update in 15 minutes." });
        await g["ana"].PostAsync<StakeholderMessage>(g.Id, $"stakeholder-messages/{byHand.Number}/answer", new { text = "No data is lost; some uploads fail and should be retried." });
        var debrief = await DebriefAsync(g);

        Assert.Equal(("rui-answer", true), (answered.AnsweredBy, answered.Answered));
        var communication = Assert.IsType<Communication>(debrief.Communication);
        Assert.Equal(4, communication.StakeholderMessages.Length);
        var unanswered = Assert.Single(communication.Unanswered);
        Assert.Equal("Product (Maya)", unanswered.From);
        var channel = await g["obi"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/channel");
        Assert.Contains(channel, e => e.Kind == TimelineKind.StakeholderAnswer && e.Actor == "rui-answer" && e.Text.StartsWith($"Answer to #{support.Number} (Support (Dana)): ", StringComparison.Ordinal));
        var report = await g["rui"].Http.GetStringAsync($"/api/sessions/{g.Id}/report.md");
        Assert.Contains("Unanswered stakeholder questions", report, StringComparison.Ordinal);
        Assert.Contains("Product (Maya)", report, StringComparison.Ordinal);
        var postmortem = await g["obi"].GetAsync<PostmortemView>($"/api/sessions/{g.Id}/postmortem");
        var question = Assert.Single(postmortem.Facts.Blocks.Single(b => b.Key == "unanswered-questions").Entries);
        Assert.Equal("Product (Maya)", question.By);
    }

    [Theory]
    [InlineData("Has anyone tried free-disk on the storage nodes?", "remedy")]
    [InlineData("Support hears it is a disk full problem. Is that right?", "fault kind")]
    [InlineData("Customers say mako writes fail. Is runaway-debug-log the cause?", "an inject")]
    [InlineData("Support found /var/log/mako/nginx-debug.log on a node. Related?", "a value the fault sets")]
    [InlineData("Customers report: their disks filled within minutes and every write to them failed.", "quotes the solution")]
    public async Task InstigatorsStakeholderPost_ThatRevealsTheSolution_Is400_AndIsNotRecorded(string text, string detail)
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: $"-leak{detail.Length}-{text.Length}");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        var before = (await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline")).Length;

        var response = await g.Ines.PostAsync(g.Id, "stakeholder-messages", new { from = "Support (Dana)", text, expectsAnswer = true });

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, detail);
        Assert.Equal(before, (await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline")).Length);
        Assert.Empty(await MessagesAsync(g["rui"], g.Id));
    }

    [Fact]
    public async Task AStakeholderNameThatRevealsTheSolution_Is400_AsTheTextWouldBe()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-fromleak");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");

        var response = await g.Ines.PostAsync(g.Id, "stakeholder-messages", new { from = "The free-disk team", text = "Any news for customers?", expectsAnswer = true });

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "Name a role, such as");
        Assert.Empty(await MessagesAsync(g["rui"], g.Id));
    }

    [Fact]
    public async Task AHint_ThatNamesTheRemedy_Is400_TheSameCheck()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-hintleak");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");

        var response = await g.Ines.PostAsync(g.Id, "channel", new { kind = "hint", text = "have you tried free-disk?" });

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "must not reveal the solution");
    }

    [Fact]
    public async Task WhoMayPostAndAnswer_AndBadInput_AreProblems()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-who");
        var early = await g.Ines.PostAsync(g.Id, "stakeholder-messages", new { from = "Support (Dana)", text = "Anything?" });
        await ProblemAssert.IsAsync(early, HttpStatusCode.Conflict, "Draft");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<StakeholderMessage>(g.Id, "stakeholder-messages", new { from = "Support (Dana)", text = "Any news for customers?", expectsAnswer = true });

        await ProblemAssert.IsAsync(await g["rui"].PostAsync(g.Id, "stakeholder-messages", new { from = "Me", text = "hello" }), HttpStatusCode.Forbidden, "instigators");
        await ProblemAssert.IsAsync(await g["obi"].PostAsync(g.Id, "stakeholder-messages/1/answer", new { text = "hi" }), HttpStatusCode.Forbidden, "responders");
        await ProblemAssert.IsAsync(await g.Ines.PostAsync(g.Id, "stakeholder-messages/1/answer", new { text = "hi" }), HttpStatusCode.Forbidden, "responders");
        await ProblemAssert.IsAsync(await g["rui"].PostAsync(g.Id, "stakeholder-messages/9/answer", new { text = "hi" }), HttpStatusCode.NotFound, "#9");
        await ProblemAssert.IsAsync(await g.Ines.PostAsync(g.Id, "stakeholder-messages", new { from = "", text = "Any news?" }), HttpStatusCode.BadRequest, "from");
        await ProblemAssert.IsAsync(await g.Ines.PostAsync(g.Id, "stakeholder-messages", new { from = "Support" }), HttpStatusCode.BadRequest, "text");
        await ProblemAssert.IsAsync(await g["rui"].PostAsync(g.Id, "stakeholder-messages/1/answer", new { text = " " }), HttpStatusCode.BadRequest, "text");
    }

    internal static Task<ImmutableArray<StakeholderMessage>> MessagesAsync(PracticeClient client, Guid id) =>
        client.GetAsync<ImmutableArray<StakeholderMessage>>($"/api/sessions/{id}/stakeholder-messages");

    /// <summary>Declares restoration, assesses and holds the debrief.</summary>
    internal static async Task<Debrief> DebriefAsync(PracticeGroup g)
    {
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["ana"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 3, endMinute = 20, failedShares = new Dictionary<string, double>(), rootCause = "disks filled", summary = "storage writes failed" });
        return await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
    }
}
