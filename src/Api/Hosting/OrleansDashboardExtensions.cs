using Orleans.Dashboard;
using PracticePlatform.Api.Security;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// The Orleans dashboard at <c>/dashboard</c>, for admins only: its grain-state viewer and log stream show what
/// responders must not see (solutions, tokens' owners), so every page, asset, data and log endpoint under it
/// requires the admin role (console cookie or bearer token).
/// </summary>
public static class OrleansDashboardExtensions
{
    public static IEndpointRouteBuilder MapAdminOrleansDashboard(this IEndpointRouteBuilder app)
    {
        app.MapOrleansDashboard("/dashboard").RequireAuthorization(Roles.Admin).ExcludeFromDescription();
        return app;
    }
}
