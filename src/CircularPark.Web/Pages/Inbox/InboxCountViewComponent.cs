using CircularPark.Identity;
using CircularPark.Inbox;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Pages.Inbox;

/// <summary>The number beside 待办 in the header: the tasks of the one inbox (<see cref="GetInbox"/>), so the count and the page never disagree.</summary>
public sealed class InboxCountViewComponent(GetInbox inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View((await inbox.ExecuteAsync(AccessScope.From(HttpContext.User), HttpContext.RequestAborted)).Count);
}
