using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Engines.Funds;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Plans;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>
/// A park's application: a key project of its approved plan (by the project's stable key), the sub-type it claims, the
/// eligible investment (at most the project's planned total), the amount requested and any green-manufacturing
/// designation of its owner. <see cref="PlanId"/> may be left out: the park's newest approved plan holding the key.
/// </summary>
public sealed record FundApplicationInput(int ParkId, string? ProjectKey, string? SubType, decimal EligibleInvestment, decimal Requested,
    string? GreenDesignation = null, string? Reason = null, int? PlanId = null);

/// <summary>A key project of an approved plan, as the application form offers it (investment in 万元).</summary>
public sealed record ApprovedProject(int PlanId, string Key, string Name, ProjectClass Class, decimal TotalInvestment);

/// <summary>
/// Applies (or applies again after a return) for a programme: the park's users only, inside the programme's region and
/// application window (China time), for a project of a plan the province approved, of a sub-type the programme funds.
/// </summary>
public sealed class ApplyForFunds(AppDbContext db)
{
    /// <summary>Participation states in which a park carries out an approved plan.</summary>
    internal static readonly ParticipationState[] Approved =
    [
        ParticipationState.Approved, ParticipationState.Implementing, ParticipationState.AcceptanceApplied, ParticipationState.DelayRequested,
        ParticipationState.AcceptanceReview, ParticipationState.Accepted, ParticipationState.Demonstration,
    ];

    /// <summary>States of a park whose plan was approved: carrying it out, or past acceptance (passed or failed).</summary>
    internal static readonly ParticipationState[] EverApproved = [.. Approved, ParticipationState.Failed];

    public async Task<Outcome<FundStepDone>> ExecuteAsync(int programmeId, FundApplicationInput input, AccessScope user, CancellationToken ct = default)
    {
        var programme = await db.FundProgrammes.Include(p => p.OwnerRegion).SingleOrDefaultAsync(p => p.Id == programmeId, ct);
        var park = await FundPlaces.ParkAsync(db, input.ParkId, ct);
        if (programme is null) return Failure.NotFound("Fund.NoProgramme", programmeId);
        if (park is null) return Failure.NotFound("Fund.NoPark", input.ParkId);
        var key = input.ProjectKey?.Trim() ?? "";
        var existing = await db.FundApplications.Include(a => a.Events)
            .SingleOrDefaultAsync(a => a.ProgrammeId == programmeId && a.ParkId == park.Id && a.ProjectKey == key, ct);
        var target = new FundTarget(park.Id, park.Path, programme.OwnerRegion!.Path, $"{park.Name} {key}");
        if (FundSteps.Refuse(FundStep.Apply, existing?.Status, user, target) is { } refused) return refused;
        if (Refusal(programme, park, db.Clock.Today()) is { } closed) return closed;
        var found = await FindProjectAsync(park.Id, key, input.PlanId, ct);
        if (!found.IsOk) return found.Failure!;
        var (plan, project) = found.Value;
        var errors = Check(input, programme, project);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var application = existing ?? db.FundApplications.Add(new FundApplication
        {
            ProgrammeId = programme.Id, ParkId = park.Id, ProjectKey = project.Key, ProjectName = project.Name, SubType = "",
        }).Entity;
        application.PlanId = plan;
        (application.ProjectName, application.Class, application.SubType) = (project.Name, project.Class, ProjectSubTypes.Find(input.SubType)!.Code);
        (application.PlannedInvestment, application.EligibleInvestment, application.Requested) =
            (Money.FromDouble(project.TotalInvestment), input.EligibleInvestment, input.Requested);
        application.GreenDesignation = string.IsNullOrWhiteSpace(input.GreenDesignation) ? null : input.GreenDesignation.Trim();
        (application.Status, application.AppliedOn) = (FundStatus.Applied, db.Clock.Today());
        application.Events.Add(new FundEvent
        {
            Step = FundStep.Apply, Actor = user.Name, AtUtc = db.Clock.UtcNow(), EffectiveOn = application.AppliedOn, Amount = input.Requested,
            Reason = input.Reason?.Trim() ?? "",
        });
        return await db.TrySaveChangesAsync(() => FundMoneySteps.Done(application), ct);
    }

    /// <summary>Bank credit has no grant lifecycle; the park must lie in the programme's region; the window must be open.</summary>
    private static Failure? Refusal(FundProgramme programme, FundPark park, DateOnly today)
    {
        if (programme.Source == FundSource.BankLoan) return Failure.Conflict("Fund.CreditOnly", programme.NameZh);
        if (!FundPlaces.Within(park.Path, programme.OwnerRegion!.Path)) return Failure.Conflict("Fund.OutsideProgramme", park.Name, programme.NameZh);
        if (programme.ApplicationOpensOn is { } opens && today < opens || programme.ApplicationClosesOn is { } closes && today > closes)
            return Failure.Conflict("Fund.WindowClosed", Day(programme.ApplicationOpensOn), Day(programme.ApplicationClosesOn));
        return null;
    }

    /// <summary>The key projects a park may apply for: those of the latest submitted version of each of its approved plans, newest plan first.</summary>
    public async Task<IReadOnlyList<ApprovedProject>> ProjectsAsync(int parkId, CancellationToken ct = default)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.ParkId == parkId)
            .Where(p => db.Participations.Any(x => x.CampaignId == p.CampaignId && x.ParkId == parkId && Approved.Contains(x.State)))
            .OrderByDescending(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var versions = await db.PlanVersions.AsNoTracking().Include(v => v.Projects).Where(v => plans.Contains(v.PlanId) && v.Status == PlanStatus.Submitted).ToListAsync(ct);
        return versions.GroupBy(v => v.PlanId).OrderByDescending(g => g.Key).SelectMany(g => g.MaxBy(v => v.Number)!.Projects.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new ApprovedProject(g.Key, p.Key, p.Name, p.Class, Money.FromDouble(p.TotalInvestment)))).ToList();
    }

    /// <summary>The key project in the latest submitted version of an approved plan of the park (the newest such plan, or the one named).</summary>
    internal async Task<Outcome<(int PlanId, KeyProject Project)>> FindProjectAsync(int parkId, string key, int? planId, CancellationToken ct)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.ParkId == parkId && (planId == null || p.Id == planId))
            .Where(p => db.Participations.Any(x => x.CampaignId == p.CampaignId && x.ParkId == parkId && Approved.Contains(x.State)))
            .OrderByDescending(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        if (plans.Count == 0) return Failure.Conflict("Fund.NoApprovedPlan");
        foreach (var plan in plans)
        {
            var version = await db.PlanVersions.AsNoTracking().Include(v => v.Projects)
                .Where(v => v.PlanId == plan && v.Status == PlanStatus.Submitted).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
            if (version?.Projects.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)) is { } project) return (plan, project);
        }
        return Failure.Invalid("projectKey", "Fund.NoSuchProject", key);
    }

    private static Dictionary<string, Bilingual> Check(FundApplicationInput input, FundProgramme programme, KeyProject project)
    {
        var errors = new Dictionary<string, Bilingual>();
        var subType = ProjectSubTypes.Find(input.SubType);
        if (subType is null) errors["subType"] = Text.Get("Fund.UnknownSubType", input.SubType ?? "");
        else if (subType.Class != project.Class) errors["subType"] = Text.Get("Fund.SubTypeClass", subType.Label.Zh, Text.Label(project.Class).Zh, subType.Label.En, Text.Label(project.Class).En);
        else if (programme.Eligible.All(e => e.SubType != subType.Code)) errors["subType"] = Text.Get("Fund.SubTypeNotFunded", subType.Label.Zh, subType.Label.En);
        var planned = Money.FromDouble(project.TotalInvestment);
        if (FundStepInput.MoneyRule(input.EligibleInvestment) is { } badEligible) errors["eligibleInvestment"] = badEligible;
        else if (input.EligibleInvestment > planned) errors["eligibleInvestment"] = Text.Get("Fund.AbovePlanned", FundRulesData.Show(input.EligibleInvestment), FundRulesData.Show(planned));
        if (FundStepInput.MoneyRule(input.Requested) is { } badRequested) errors["requested"] = badRequested;
        if ((input.GreenDesignation?.Trim().Length ?? 0) > 300) errors["greenDesignation"] = Text.Get("Fund.TooLong", 300);
        if ((input.Reason?.Trim().Length ?? 0) > FundStepInput.MaxReason) errors["reason"] = Text.Get("Fund.TooLong", FundStepInput.MaxReason);
        return errors;
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
