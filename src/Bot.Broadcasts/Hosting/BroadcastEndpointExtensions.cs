using Bot.Broadcasts.Web;
using Microsoft.AspNetCore.Routing;

namespace Bot.Broadcasts.Hosting;

/// <summary>Maps the broadcast feature's endpoints.</summary>
public static class BroadcastEndpointExtensions
{
    /// <summary>The admin API under <c>/api/admin/broadcasts</c> (see <see cref="BroadcastEndpoints"/>).</summary>
    public static IEndpointRouteBuilder MapBroadcasts(this IEndpointRouteBuilder app) => BroadcastEndpoints.Map(app);
}
