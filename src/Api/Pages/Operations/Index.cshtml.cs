using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Cells;
using PracticePlatform.Silo.Notifications;

namespace PracticePlatform.Api.Pages.Operations;

/// <summary>
/// What the Orleans dashboard cannot show, for admins: sessions by state (from the session index, so no session is
/// activated by looking), this silo's cells in memory and live, their recent tick lag, and notification deliveries.
/// </summary>
public sealed class IndexModel(IGrainFactory grains, IServiceProvider services) : PageModel
{
    public ImmutableSortedDictionary<SessionStatus, int> SessionsByState { get; private set; } = ImmutableSortedDictionary<SessionStatus, int>.Empty;

    public int CellsInMemory { get; private set; }

    public int LiveCells { get; private set; }

    public (double P50, double P99)? TickLag { get; private set; }

    public long? Delivered { get; private set; }

    public long? GaveUp { get; private set; }

    public long? Dropped { get; private set; }

    public async Task OnGetAsync()
    {
        SessionsByState = await grains.GetGrain<ISessionIndexGrain>(ISessionIndexGrain.Key).CountByStatusAsync();
        CellsInMemory = CellInstruments.ActiveCells;
        LiveCells = CellInstruments.LiveCells;
        TickLag = CellInstruments.RecentTickLag.Percentiles();
        if (services.GetService<NotificationDispatcher>() is { } dispatcher)
        {
            Delivered = dispatcher.Delivered;
            GaveUp = dispatcher.GaveUp;
            Dropped = dispatcher.Dropped;
        }
    }
}
