using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>One expert of a panel as the province picks it.</summary>
public sealed record PanelMember(string Expert, bool Chair);

/// <summary>
/// The province assigns a panel to the park's latest submitted plan version: one chair, experts only, none of the
/// park's own organisation (its management body) and, when the campaign says so, none of the park's own city.
/// </summary>
public sealed class AssignExperts(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, IReadOnlyList<PanelMember> panel, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await Steps.BeginAsync(db, campaignCode, parkId, WorkflowStep.AssignExperts, user, ct);
        if (refusal is not null) return refusal;
        var plan = await Steps.SubmittedPlanAsync(db, context!.Campaign.Id, parkId, ct);
        if (plan is null) return Failure.Conflict("Selection.PlanNotSubmitted", context.Place.Name);
        var experts = await LoadExpertsAsync(panel.Select(m => m.Expert).ToList(), ct);
        var errors = await CheckPanelAsync(context, panel, experts, ct);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var round = await db.ReviewAssignments.Where(a => a.ParticipationId == context.Participation!.Id).MaxAsync(a => (int?)a.Round, ct) ?? 0;
        var now = db.Clock.GetUtcNow().UtcDateTime;
        db.ReviewAssignments.AddRange(panel.Select(m => new ReviewAssignment
        {
            ParticipationId = context.Participation!.Id, Round = round + 1, PlanId = plan.Value.PlanId, PlanVersionNumber = plan.Value.Number,
            ExpertUserName = experts[m.Expert].UserName!, ExpertName = experts[m.Expert].DisplayName, Organisation = experts[m.Expert].Organisation ?? "",
            IsChair = m.Chair, AssignedAtUtc = now, AssignedBy = user.Name, DueOn = context.Campaign.ReviewDueOn,
        }));
        return await Steps.MoveAsync(db, context, ParticipationState.UnderReview, user,
            $"组织专家评审第 {round + 1} 轮：《{plan.Value.Title}》第 {plan.Value.Number} 版", ct);
    }

    private async Task<Dictionary<string, AppUser>> LoadExpertsAsync(List<string> names, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Expert).Select(r => r.Id).SingleAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!) || names.Contains(u.Email!))
            .Where(u => db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId)).ToListAsync(ct);
        var result = new Dictionary<string, AppUser>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
            if (users.FirstOrDefault(u => string.Equals(u.UserName, name, StringComparison.OrdinalIgnoreCase) || string.Equals(u.Email, name, StringComparison.OrdinalIgnoreCase)) is { } found)
                result[name] = found;
        return result;
    }

    private async Task<Dictionary<string, Bilingual>> CheckPanelAsync(StepContext context, IReadOnlyList<PanelMember> panel,
        Dictionary<string, AppUser> experts, CancellationToken ct)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (panel.Count == 0) errors["panel"] = Text.Get("Review.PanelEmpty");
        else if (panel.Count(m => m.Chair) != 1) errors["panel"] = Text.Get("Review.OneChair");
        if (panel.GroupBy(m => m.Expert, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1)) errors.TryAdd("panel", Text.Get("Review.ExpertTwice"));
        var conflicts = await ExpertConflicts.ForParkAsync(db, context.Campaign, context.Place, ct);
        for (var i = 0; i < panel.Count; i++)
        {
            if (!experts.TryGetValue(panel[i].Expert, out var expert)) errors[$"panel[{i}].expert"] = Text.Get("Review.NotExpert", panel[i].Expert);
            else if (conflicts(expert) is { } conflict) errors[$"panel[{i}].expert"] = conflict;
        }
        return errors;
    }
}

/// <summary>
/// The conflict-of-interest rule: no expert reviews a park whose management body is the expert's organisation and, when
/// the campaign says so, none reviews a park of the expert's own city. Gives the reason in both languages, or null.
/// </summary>
public static class ExpertConflicts
{
    public static async Task<Func<AppUser, Bilingual?>> ForParkAsync(AppDbContext db, Campaign campaign, Parks.ParkPlace place, CancellationToken ct)
    {
        var body = await db.Parks.Where(p => p.Id == place.ParkId).Select(p => p.ManagementBody).SingleAsync(ct);
        var tree = place.Tree.All.Count > 0 ? place.Tree : (await db.RegionDirectoryAsync(ct)).Tree;
        var parkCity = place.RegionId is { } r ? tree.AtLevel(r, RegionLevel.City)?.Id : null;
        return expert =>
        {
            if (SameOrganisation(expert.Organisation, body))
                return Text.Get("Review.ConflictOrganisation", expert.DisplayName, expert.Organisation, place.Name);
            if (campaign.ExcludeSameCityExperts && parkCity is { } city && expert.ScopeRegionId is { } home && tree.AtLevel(home, RegionLevel.City)?.Id == city)
                return Text.Get("Review.ConflictCity", expert.DisplayName, place.Name);
            return null;
        };
    }

    private static bool SameOrganisation(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);
}
