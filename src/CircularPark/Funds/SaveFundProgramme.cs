using CircularPark.Data;
using CircularPark.Engines.Funds;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>A tranche as the forms and the API give it: share of the award (0.6 = 60 %) and when it is paid.</summary>
public sealed record TrancheInput(decimal Share, TrancheTrigger Trigger);

/// <summary>
/// A programme as its owner sets it up: owner region (code of the nation, a province or a city), source, year, budget
/// (万元), window, rules and the sub-types it funds. <see cref="Version"/>: the version read, for a change.
/// </summary>
public sealed record FundProgrammeInput(string? Code, string? NameZh, string? NameEn, string? OwnerRegion, FundSource Source, int Year, decimal Budget,
    string? DocumentNumber, DateOnly? ApplicationOpensOn, DateOnly? ApplicationClosesOn, decimal EligibleShare, decimal? CapPerProject, decimal? CapPerPark,
    IReadOnlyList<TrancheInput>? Tranches, decimal DemonstrationBonus, decimal GreenBonus, decimal RecoveryShare, int RecoveryDays,
    IReadOnlyList<string>? SubTypes, long? Version = null);

/// <summary>
/// Creates or changes a programme: officials whose region holds the owner region (the nation, a province or a city).
/// Once a project has been awarded, the rules that decided it are fixed (409) and the budget may not fall below what is
/// committed; the version token refuses a change made on a stale copy.
/// </summary>
public sealed class SaveFundProgramme(AppDbContext db)
{
    public async Task<Outcome<int>> ExecuteAsync(int? id, FundProgrammeInput input, AccessScope user, CancellationToken ct = default)
    {
        var programme = id is { } existing ? await db.FundProgrammes.Include(p => p.OwnerRegion).SingleOrDefaultAsync(p => p.Id == existing, ct) : null;
        if (id is not null && (programme is null || !Sees(user, programme.OwnerRegion!.Path))) return Failure.NotFound("Fund.NoProgramme", id);
        var owner = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == (input.OwnerRegion ?? "").Trim(), ct);
        if (owner is null) return Failure.Invalid("ownerRegion", "Fund.NoRegion", input.OwnerRegion ?? "");
        if (!user.Allows(Permissions.FundsManage, ScopeTarget.Region(owner.Path))
            || programme is not null && !user.Allows(Permissions.FundsManage, ScopeTarget.Region(programme.OwnerRegion!.Path))) return Failure.Forbidden;
        var errors = FundProgrammeRules.Check(input, owner);
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (programme is null && await db.FundProgrammes.AnyAsync(p => p.Code == input.Code!.Trim(), ct)) return Failure.Conflict("Fund.CodeTaken", input.Code);
        if (programme is not null && await ChangeRefusedAsync(programme, input, owner, ct) is { } refused) return refused;
        programme ??= db.FundProgrammes.Add(new FundProgramme { Code = input.Code!.Trim(), NameZh = "", NameEn = "" }).Entity;
        FundProgrammeRules.Apply(input, owner, programme);
        return await db.TrySaveChangesAsync(() => programme.Id, ct);
    }

    /// <summary>Whether the user may know the programme exists: it covers the user's region, or lies within it.</summary>
    internal static bool Sees(AccessScope user, string ownerPath) =>
        user.Unbounded || FundPlaces.Within(user.RegionPath, ownerPath) || FundPlaces.Within(ownerPath, user.RegionPath);

    private async Task<Failure?> ChangeRefusedAsync(FundProgramme programme, FundProgrammeInput input, Region owner, CancellationToken ct)
    {
        if (input.Version is { } read && read != programme.Version) return Failure.Concurrent;
        if (!string.Equals(input.Code?.Trim(), programme.Code, StringComparison.Ordinal)) return Failure.Conflict("Fund.CodeFixed", programme.Code);
        var used = await db.FundApplications.AnyAsync(a => a.ProgrammeId == programme.Id && a.AwardAsMade != null, ct)
            || await db.FundCredits.AnyAsync(c => c.ProgrammeId == programme.Id, ct);
        if (!used) return null;
        if (owner.Id != programme.OwnerRegionId || input.Source != programme.Source || !FundProgrammeRules.SameRules(input, programme))
            return Failure.Conflict("Fund.RulesFixed", programme.NameZh);
        return input.Budget < programme.Committed
            ? Failure.Conflict("Fund.BudgetBelowCommitted", FundRulesData.Show(input.Budget), FundRulesData.Show(programme.Committed)) : null;
    }
}

/// <summary>The rules a programme's set-up must keep, each failure keyed by its field, and how the input is written to the entity.</summary>
internal static class FundProgrammeRules
{
    public static Dictionary<string, Bilingual> Check(FundProgrammeInput input, Region owner)
    {
        var errors = new Dictionary<string, Bilingual>();
        void Fail(string field, string key, params object?[] args) => errors.TryAdd(field, Text.Get(key, args));
        if (owner.Level == RegionLevel.County) Fail("ownerRegion", "Fund.OwnerLevel", owner.NameZh);
        if (!System.Text.RegularExpressions.Regex.IsMatch(input.Code?.Trim() ?? "", "^[a-z0-9][a-z0-9-]{2,39}$")) Fail("code", "Fund.Code");
        if (string.IsNullOrWhiteSpace(input.NameZh) || input.NameZh.Trim().Length > 200) Fail("nameZh", "Fund.Name", 200);
        if (string.IsNullOrWhiteSpace(input.NameEn) || input.NameEn.Trim().Length > 200) Fail("nameEn", "Fund.Name", 200);
        if (!Enum.IsDefined(input.Source)) Fail("source", "Fund.Source");
        if (input.Year is < 2000 or > 2060) Fail("year", "Fund.Year", input.Year);
        if (FundStepInput.MoneyRule(input.Budget) is { } budget) errors.TryAdd("budget", budget);
        if ((input.DocumentNumber?.Trim().Length ?? 0) > 100) Fail("documentNumber", "Fund.TooLong", 100);
        if (input.ApplicationOpensOn > input.ApplicationClosesOn) Fail("applicationClosesOn", "Fund.Window");
        if (input.EligibleShare is <= 0 or > 1) Fail("eligibleShare", "Fund.Share", "补助比例", "Eligible share");
        foreach (var (field, zh, en, share) in new[] { ("demonstrationBonus", "示范园区加成", "Demonstration bonus", input.DemonstrationBonus),
                     ("greenBonus", "绿色制造加成", "Green bonus", input.GreenBonus), ("recoveryShare", "追回比例", "Recovery share", input.RecoveryShare) })
            if (share is < 0 or > 1) Fail(field, "Fund.ShareOrZero", zh, en);
        foreach (var (field, cap) in new[] { ("capPerProject", input.CapPerProject), ("capPerPark", input.CapPerPark) })
            if (cap is { } c && FundStepInput.MoneyRule(c) is { } bad) errors.TryAdd(field, bad);
        if (input.RecoveryDays is < 0 or > 3650) Fail("recoveryDays", "Fund.RecoveryDays");
        CheckTranches(input, Fail);
        var subTypes = input.SubTypes ?? [];
        if (subTypes.FirstOrDefault(s => ProjectSubTypes.Find(s) is null) is { } unknown) Fail("subTypes", "Fund.UnknownSubType", unknown);
        else if (subTypes.Count == 0 && input.Source != FundSource.BankLoan) Fail("subTypes", "Fund.NoSubTypes");
        return errors;
    }

    private static void CheckTranches(FundProgrammeInput input, Action<string, string, object?[]> fail)
    {
        var tranches = input.Tranches ?? [];
        if (tranches.Count is 0 or > 6) fail("tranches", "Fund.TrancheCount", []);
        else if (tranches.Any(t => t.Share is <= 0 or > 1 || !Enum.IsDefined(t.Trigger))) fail("tranches", "Fund.TrancheShare", []);
        else if (tranches.Sum(t => t.Share) != 1m) fail("tranches", "Fund.TrancheSum", [(tranches.Sum(t => t.Share) * 100).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)]);
        else if (tranches.Zip(tranches.Skip(1)).Any(p => p.Second.Trigger < p.First.Trigger)) fail("tranches", "Fund.TrancheOrder", []);
    }

    public static bool SameRules(FundProgrammeInput input, FundProgramme p) =>
        input.EligibleShare == p.EligibleShare && input.CapPerProject == p.CapPerProject && input.CapPerPark == p.CapPerPark
        && input.DemonstrationBonus == p.DemonstrationBonus && input.GreenBonus == p.GreenBonus && input.RecoveryShare == p.RecoveryShare
        && input.RecoveryDays == p.RecoveryDays
        && (input.Tranches ?? []).SequenceEqual(p.Tranches.OrderBy(t => t.Number).Select(t => new TrancheInput(t.Share, t.Trigger)));

    public static void Apply(FundProgrammeInput input, Region owner, FundProgramme p)
    {
        (p.NameZh, p.NameEn, p.OwnerRegionId, p.Source, p.Year, p.Budget) = (input.NameZh!.Trim(), input.NameEn!.Trim(), owner.Id, input.Source, input.Year, input.Budget);
        (p.DocumentNumber, p.ApplicationOpensOn, p.ApplicationClosesOn) = (input.DocumentNumber?.Trim() ?? "", input.ApplicationOpensOn, input.ApplicationClosesOn);
        (p.EligibleShare, p.CapPerProject, p.CapPerPark) = (input.EligibleShare, input.CapPerProject, input.CapPerPark);
        (p.DemonstrationBonus, p.GreenBonus, p.RecoveryShare, p.RecoveryDays) = (input.DemonstrationBonus, input.GreenBonus, input.RecoveryShare, input.RecoveryDays);
        var tranches = input.Tranches ?? [];
        p.Tranches.RemoveAll(t => t.Number > tranches.Count);
        for (var i = 0; i < tranches.Count; i++)
        {
            var tranche = p.Tranches.FirstOrDefault(t => t.Number == i + 1);
            if (tranche is null) p.Tranches.Add(tranche = new FundTranche { Number = i + 1 });
            (tranche.Share, tranche.Trigger) = (tranches[i].Share, tranches[i].Trigger);
        }
        var codes = (input.SubTypes ?? []).Select(s => ProjectSubTypes.Find(s)!.Code).Distinct().ToList();
        p.Eligible.RemoveAll(e => !codes.Contains(e.SubType));
        p.Eligible.AddRange(codes.Where(c => p.Eligible.All(e => e.SubType != c)).Select(c => new FundEligibility { SubType = c }));
    }
}
