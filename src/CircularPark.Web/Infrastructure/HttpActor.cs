using CircularPark.Auditing;

namespace CircularPark.Web.Infrastructure;

/// <summary>The signed-in user (or "anonymous") as the actor of audited changes.</summary>
internal sealed class HttpActor(IHttpContextAccessor accessor) : IActor
{
    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";
}
