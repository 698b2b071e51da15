using PracticePlatform.Api.Live;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Live;

/// <summary>Which streams a shared reader's page serves, and from which entry: the rest read for themselves.</summary>
public sealed class TimelineFeedPageTests
{
    private static readonly TimelinePage PublicPage = new([Entry(1), Entry(2), Entry(3)], Public: true);

    [Fact]
    public void AReadersFirstPage_InTheRespondersNumbering_ServesAStreamFromTheStart()
    {
        var page = new TimelineFeedPage(TimelineCursor.Start, PublicPage, Over: false);

        Assert.Equal(0, page.Following(TimelineCursor.Start));
        Assert.Equal(2, page.Following(new TimelineCursor(2, Public: true)));
        Assert.Equal(3, page.Following(new TimelineCursor(3, Public: true)));
    }

    [Fact]
    public void AStreamInTheOtherNumbering_OrBehindThePage_OrAfterARefusal_ReadsForItself()
    {
        var page = new TimelineFeedPage(new TimelineCursor(1, Public: true), PublicPage, Over: false);

        Assert.Null(page.Following(new TimelineCursor(2, Public: false)));
        Assert.Null(page.Following(TimelineCursor.Start));
        Assert.Null((page with { Broken = true }).Following(new TimelineCursor(2, Public: true)));
    }

    private static TimelineEntry Entry(long sequence) =>
        new(sequence, sequence, DateTimeOffset.UnixEpoch, "platform", TimelineKind.Session, $"entry {sequence}");
}
