using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Inputs;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using CircularPark.Reviews;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Campaigns;

/// <summary>A campaign as a province (or the nation) sets it up: the call, its scope, the task template and the selection dates.</summary>
public sealed record CampaignSetup([SingleLine(40)] string Code, [SingleLine(300)] string TitleZh, [SingleLine(300)] string? TitleEn,
    [SingleLine(100)] string? DocumentNumber, [SingleLine(500)] string? IssuingBodies, DateOnly? IssuedOn,
    [SingleLine(12)] string ScopeRegion, TaskTemplate TaskTemplate, [SingleLine(300)] string? ListTitleZh, [SingleLine(200)] string? ReviewOrganiser, DateOnly? ApplicationOpensOn,
    DateOnly? ApplicationClosesOn, DateOnly? RecommendationDueOn, DateOnly? ReviewDueOn, bool ExcludeSameCityExperts = false,
    IReadOnlyList<TargetSetup>? Targets = null, IReadOnlyList<ReportLineSetup>? Reports = null, IReadOnlyList<CampaignChecklistItem>? Checklist = null,
    double? AcceptanceThreshold = null, Acceptance.AcceptanceDeadlineRule AcceptanceDeadlineRule = Acceptance.AcceptanceDeadlineRule.CampaignDate,
    Plans.ConsultancyGrade? MinimumConsultancyGrade = null);

/// <summary>
/// Sets up a campaign over a region within the user's scope (province, ministry or admin users): the call, targets,
/// report schedule and review checklist (the default of domain.md §8 when none is given). A set-up without a code gets
/// one derived from its scope, year and 文号 (<see cref="CodeForAsync"/>).
/// </summary>
public sealed class SetUpCampaign(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(CampaignSetup input, AccessScope user, CancellationToken ct = default)
    {
        if (!user.Holds(Permissions.CampaignOwn)) return Failure.Forbidden;
        var errors = new Dictionary<string, Bilingual>();
        var typed = input.Code?.Trim() ?? "";
        if (typed.Length > 40)
            errors["code"] = Text.Get("Input.TooLong", "code", "40", typed.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        else if (typed.Length > 0 && !IsAddressable(typed))
            errors["code"] = Text.Get("Selection.CampaignCode", typed);
        if (!Enum.IsDefined(input.TaskTemplate)) errors["taskTemplate"] = Text.Get("Selection.TaskTemplate");
        if (input.AcceptanceThreshold is { } share && !(share is > 0 and <= 1)) errors["acceptanceThreshold"] = Text.Get("Selection.Threshold");
        if (!Enum.IsDefined(input.AcceptanceDeadlineRule)) errors["acceptanceDeadlineRule"] = Text.Get("Selection.DeadlineRule");
        if (input.MinimumConsultancyGrade is { } least && !Enum.IsDefined(least)) errors["minimumConsultancyGrade"] = Text.Get("PlanPrep.Grade");
        CampaignSetupLines.CheckCall(input.TitleZh, input.ApplicationOpensOn, input.ApplicationClosesOn, input.Targets ?? [], errors);
        CampaignSetupLines.Check([], input.Reports ?? [], errors);
        if (input.Checklist is { } checklist) foreach (var (field, message) in ReviewChecklist.Check(checklist)) errors.TryAdd(field, message);
        var regions = await db.RegionDirectoryAsync(ct);
        var tree = regions.Tree;
        var scope = CampaignSetupLines.ReadScope(regions, input.ScopeRegion, input.IssuedOn ?? db.Clock.Today(), errors);
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (!user.Allows(Permissions.CampaignOwn, ScopeTarget.Campaign(scope!.Path))) return Failure.Forbidden;
        var code = typed.Length == 0 ? await CodeForAsync(scope, input, ct) : typed;
        if (await db.Campaigns.AnyAsync(c => c.Code == code, ct)) return Failure.Conflict("Selection.CampaignExists", code);
        var campaign = new Campaign
        {
            Code = code, TitleZh = input.TitleZh.Trim(), TitleEn = input.TitleEn?.Trim() ?? "", DocumentNumber = input.DocumentNumber?.Trim() ?? "",
            IssuingBodies = input.IssuingBodies?.Trim() ?? "", IssuedOn = input.IssuedOn, ScopeRegionId = scope.Id, IssuerLevel = scope.Level,
            TaskTemplate = input.TaskTemplate, ListTitleZh = input.ListTitleZh, ReviewOrganiser = input.ReviewOrganiser?.Trim() ?? "",
            ApplicationOpensOn = input.ApplicationOpensOn, ApplicationClosesOn = input.ApplicationClosesOn,
            RecommendationDueOn = input.RecommendationDueOn, ReviewDueOn = input.ReviewDueOn, ExcludeSameCityExperts = input.ExcludeSameCityExperts,
            Targets = (input.Targets ?? []).Select(CampaignSetupLines.Target).ToList(),
            Reports = (input.Reports ?? []).Select(CampaignSetupLines.Report).ToList(),
            Checklist = input.Checklist is { } items ? ReviewChecklist.Normalise(items) : ReviewChecklist.Default(),
            AcceptanceThreshold = input.AcceptanceThreshold, AcceptanceDeadlineRule = input.AcceptanceDeadlineRule,
            MinimumConsultancyGrade = input.MinimumConsultancyGrade,
        };
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return new StepDone(null, campaign.Id) { Code = campaign.Code };
    }

    /// <summary>
    /// Whether a typed code can stand in an address and a file name as it is: ASCII letters, digits, '-', '_' and '.', beginning
    /// with a letter or digit ("sd-2018-336"); no '/', '?', '#', '%', space or Chinese, which would break or change the links.
    /// </summary>
    public static bool IsAddressable(string code) =>
        code.Length > 0 && char.IsAsciiLetterOrDigit(code[0]) && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>
    /// The code a campaign is addressed by when its set-up names none (codes stay in addresses and files; people see the
    /// 文号): the scope's region code, the year of issue and the number of the 文号 — "440000-2020-923" for
    /// 粤工信节能函〔2020〕923号 — or, without a number, "-1"; a code already taken goes on with "-2", "-3" ….
    /// </summary>
    private async Task<string> CodeForAsync(Regions.Region scope, CampaignSetup input, CancellationToken ct)
    {
        var year = (input.IssuedOn ?? db.Clock.Today()).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var number = System.Text.RegularExpressions.Regex.Match(input.DocumentNumber ?? "", @"(\d+)\s*号?\s*$") is { Success: true } m ? m.Groups[1].Value : null;
        var stem = number is null ? $"{scope.Code}-{year}" : $"{scope.Code}-{year}-{number}";
        var taken = await db.Campaigns.Where(c => c.Code == stem || c.Code.StartsWith(stem + "-")).Select(c => c.Code).ToListAsync(ct);
        if (number is not null && !taken.Contains(stem)) return stem;
        for (var n = number is null ? 1 : 2; ; n++)
            if (!taken.Contains($"{stem}-{n}")) return $"{stem}-{n}";
    }
}
