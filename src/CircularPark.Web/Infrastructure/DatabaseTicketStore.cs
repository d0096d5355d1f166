using System.Security.Claims;
using System.Security.Cryptography;
using CircularPark.Accounts;
using CircularPark.Data;
using CircularPark.Time;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Sessions kept in the database (<see cref="UserSession"/>, ADR 0054): the sign-in cookie holds only a random key, and a
/// request is signed in only while its row exists. Signing out deletes the row (a copied cookie stops working at once);
/// account changes delete all the user's rows (<see cref="Sessions"/>). Every web node reads the same table.
/// </summary>
internal sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    /// <summary>The ticket property holding its own session key, so a request can tell which session it is (<see cref="KeyOf"/>).</summary>
    private const string KeyProperty = "cp:session";

    /// <summary>The key of the request's own session, or null when it is not signed in.</summary>
    public static string? KeyOf(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Authentication.IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.GetString(KeyProperty);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        ticket.Properties.SetString(KeyProperty, key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A session needs the user's id.");
        var now = clock.UtcNow();
        // A user's expired sessions are cleared whenever the user signs in again.
        await db.UserSessions.Where(s => s.UserId == userId && s.ExpiresUtc < now).ExecuteDeleteAsync();
        db.UserSessions.Add(new UserSession
        {
            Id = key, UserId = userId, Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedUtc = now, ExpiresUtc = ticket.Properties.ExpiresUtc?.UtcDateTime,
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        ticket.Properties.SetString(KeyProperty, key);
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime;
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().UserSessions.Where(s => s.Id == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresUtc, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await RetrieveAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), key, CancellationToken.None);
    }

    /// <summary>
    /// The session of a request, read with the request's own context together with the shared <see cref="DataVersion"/>
    /// (one round trip, ADR 0090): every signed-in request needs both, and a view served from the caches then costs no other query.
    /// </summary>
    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        RetrieveAsync(httpContext.RequestServices.GetRequiredService<AppDbContext>(), key, cancellationToken);

    private async Task<AuthenticationTicket?> RetrieveAsync(AppDbContext db, string key, CancellationToken ct)
    {
        var newest = DataVersion.Newest(db);
        var session = await db.UserSessions.AsNoTracking().Where(s => s.Id == key)
            .Select(s => new { s.Ticket, s.ExpiresUtc, Version = newest.Max() }).SingleOrDefaultAsync(ct);
        if (session is null) return null;
        DataVersion.Observed(db, session.Version);
        if (session.ExpiresUtc is { } expires && expires < clock.UtcNow())
        {
            await db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync(ct);
            return null;
        }
        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }
}

/// <summary>The client's address as the server sees it (behind a proxy: set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true).</summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
