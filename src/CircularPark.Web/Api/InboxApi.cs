using CircularPark.Identity;
using CircularPark.Inbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>The signed-in user's inbox: every task waiting on them, as the inbox page lists it (<see cref="GetInbox"/>).</summary>
internal static class InboxApi
{
    public static void MapInboxApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inbox").WithTags("Inbox").RequireAuthorization();
        group.MapGet("/", Inbox).WithName(nameof(Inbox)).Requires(Permissions.Self);
    }

    /// <summary>The tasks waiting on the user, overdue and soonest due first; each with the page where it is done.</summary>
    public static async Task<Ok<IReadOnlyList<InboxTask>>> Inbox(GetInbox inbox, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await inbox.ExecuteAsync(AccessScope.From(http.User), ct));
}
