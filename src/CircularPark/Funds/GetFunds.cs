using CircularPark.Data;
using CircularPark.Engines.Funds;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>
/// The programmes a signed-in user deals with: those covering the user's region (the nation's, the province's, the
/// city's own) and, for officials, those owned within it. Park users see the programmes covering their park.
/// </summary>
public sealed class ListFundProgrammes(AppDbContext db)
{
    public async Task<IReadOnlyList<FundProgrammeSummary>> ExecuteAsync(AccessScope user, CancellationToken ct = default)
    {
        if (!Permissions.FundsRead.IsFor(user.Role)) return [];
        var parkPath = user.ParkId is { } own ? (await FundPlaces.ParkAsync(db, own, ct))?.Path : null;
        var programmes = await db.FundProgrammes.AsNoTracking().Include(p => p.OwnerRegion).ToListAsync(ct);
        return programmes.Where(p => user.ParkId is not null ? FundPlaces.Within(parkPath, p.OwnerRegion!.Path) : SaveFundProgramme.Sees(user, p.OwnerRegion!.Path))
            .OrderByDescending(p => p.Year).ThenBy(p => p.OwnerRegion!.Path, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(FundProgrammeSummary.Of).ToList();
    }
}

/// <summary>A programme with its rules and the applications of the parks the user may see (404 when the user may not know it).</summary>
public sealed class GetFundProgramme(AppDbContext db, ListFundProgrammes list)
{
    public async Task<Outcome<FundProgrammeView>> ExecuteAsync(int id, AccessScope user, CancellationToken ct = default)
    {
        if ((await list.ExecuteAsync(user, ct)).All(p => p.Id != id)) return Failure.NotFound("Fund.NoProgramme", id);
        var p = await db.FundProgrammes.AsNoTracking().Include(x => x.OwnerRegion).SingleAsync(x => x.Id == id, ct);
        var lines = await ApplicationLinesAsync(db, a => a.ProgrammeId == id, user, ct);
        return new FundProgrammeView(FundProgrammeSummary.Of(p), p.DocumentNumber, p.EligibleShare, p.CapPerProject, p.CapPerPark,
            p.Tranches.OrderBy(t => t.Number).Select(t => new TrancheInput(t.Share, t.Trigger)).ToList(), p.DemonstrationBonus, p.GreenBonus, p.RecoveryShare,
            p.RecoveryDays, ProjectSubTypes.All.Select(s => s.Code).Where(c => p.Eligible.Any(e => e.SubType == c)).ToList(), lines, FundTotals.Of(lines),
            user.Allows(Permissions.FundsManage, ScopeTarget.Region(p.OwnerRegion!.Path)));
    }

    /// <summary>The applications matching <paramref name="where"/> of the parks the user may see, in order of priority then application date.</summary>
    internal static async Task<IReadOnlyList<FundApplicationLine>> ApplicationLinesAsync(AppDbContext db, System.Linq.Expressions.Expression<Func<FundApplication, bool>> where,
        AccessScope user, CancellationToken ct)
    {
        var visible = await FundPlaces.VisibleAsync(db, user, ct);
        var ids = visible.Keys.ToList();
        var applications = await db.FundApplications.AsNoTracking().Include(a => a.Events).Where(where).Where(a => ids.Contains(a.ParkId)).ToListAsync(ct);
        var today = FundRulesData.EndUtc(db.Clock.Today());
        var parkIds = applications.Select(a => a.ParkId).Distinct().ToList();
        var demonstrations = (await db.DemonstrationDesignations.AsNoTracking().Where(d => parkIds.Contains(d.ParkId) && d.DesignatedAtUtc <= today)
            .Select(d => d.ParkId).ToListAsync(ct)).ToHashSet();
        return applications.OrderBy(a => a.AppliedOn).ThenBy(a => a.Id)
            .Select(a => FundApplicationLine.Of(a, visible[a.ParkId], demonstrations.Contains(a.ParkId)))
            .OrderByDescending(l => l.Priority).ToList();
    }
}

/// <summary>An application with its tranches, history and the steps the user may take (404 when out of sight).</summary>
public sealed class GetFundApplication(AppDbContext db)
{
    public async Task<Outcome<FundApplicationView>> ExecuteAsync(int id, AccessScope user, CancellationToken ct = default)
    {
        var loaded = await FundContext.LoadAsync(db, id, user, ct);
        if (!loaded.IsOk) return loaded.Failure!;
        var c = loaded.Value;
        var a = c.Application;
        var rules = c.Programme.Rules();
        var demonstration = a.AwardAsMade is null ? await FundRulesData.IsDemonstrationAsync(db, a.ParkId, c.Today, ct) : a.Demonstration;
        var amounts = FundLedger.TrancheAmounts(a.Award, rules.Tranches);
        var paid = a.PaidByTranche(rules.Tranches.Count);
        var reached = FundRulesData.Reached(a.Status);
        var tranches = rules.Tranches.Select((t, i) => new TrancheLine(i + 1, t.Share, t.Trigger, amounts[i], paid[i],
            FundLedger.Payable(a.Award, rules.Tranches, paid, i, reached))).ToList();
        var limit = a.Status == FundStatus.Reviewed
            ? FundLedger.MaxAward(rules, a.EligibleInvestment, a.Requested, demonstration, a.HasGreenDesignation, c.ParkCommitted) : null;
        db.ChangeTracker.Clear();
        return new FundApplicationView(FundApplicationLine.Of(a, c.Park, demonstration), FundProgrammeSummary.Of(c.Programme), a.GreenDesignation, a.AppliedOn,
            a.AwardAsMade, a.RecoveryDueOn, a.Passed, tranches, a.Events.OrderBy(e => e.Id).Select(FundEventView.Of).ToList(),
            FundSteps.Open(a.Status, user, c.Target), limit);
    }
}
