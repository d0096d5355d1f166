using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Reports;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Pages.Inbox;

/// <summary>
/// The number beside 待办 in the header: every task waiting on the signed-in user (workflow steps, acceptance steps, opinion
/// follow-up) and every report waiting for the user's review — the same two lists the inbox shows, so the count and the
/// page never disagree.
/// </summary>
public sealed class InboxCountViewComponent(GetInbox inbox, AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = AccessScope.From(HttpContext.User);
        var ct = HttpContext.RequestAborted;
        var count = (await inbox.ExecuteAsync(user, ct)).Count + (await ReportList.AwaitingAsync(db, user, ct)).Count;
        return View(count);
    }
}
