using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>Bank credit for a key project: the bank, amount (万元), contract number, the day it was signed, and optionally the credit line (a bank-loan programme's code) it draws on.</summary>
public sealed record FundCreditInput(int ParkId, string? ProjectKey, string? Bank, decimal Amount, string? ContractNumber, DateOnly? EffectiveOn,
    string? Programme = null, int? PlanId = null);

/// <summary>
/// Records bank credit as a source of a key project's funding, without a grant lifecycle: the park's users, for a project
/// of its approved plan. Drawn on a credit line, it may not exceed what the line has left (its committed total is
/// updated under the programme's version token, like an award).
/// </summary>
public sealed class RecordFundCredit(AppDbContext db, ApplyForFunds projects)
{
    public async Task<Outcome<int>> ExecuteAsync(FundCreditInput input, AccessScope user, CancellationToken ct = default)
    {
        var park = await FundPlaces.ParkAsync(db, input.ParkId, ct);
        if (park is null) return Failure.NotFound("Fund.NoPark", input.ParkId);
        if (!user.Allows(Permissions.FundsApply, ScopeTarget.Park(park.Id, park.Path))) return Failure.Forbidden;
        var errors = Check(input, db.Clock.Today());
        if (errors.Count > 0) return Failure.Invalid(errors);
        var line = string.IsNullOrWhiteSpace(input.Programme) ? null
            : await db.FundProgrammes.Include(p => p.OwnerRegion).SingleOrDefaultAsync(p => p.Code == input.Programme.Trim(), ct);
        if (!string.IsNullOrWhiteSpace(input.Programme) && line is null) return Failure.Invalid("programme", "Fund.NoProgrammeCode", input.Programme);
        if (line is not null && line.Source != Funds.FundSource.BankLoan) return Failure.Conflict("Fund.NotCreditLine", line.NameZh);
        if (line is not null && !FundPlaces.Within(park.Path, line.OwnerRegion!.Path)) return Failure.Conflict("Fund.OutsideProgramme", park.Name, line.NameZh);
        var found = await projects.FindProjectAsync(park.Id, input.ProjectKey?.Trim() ?? "", input.PlanId, ct);
        if (!found.IsOk) return found.Failure!;
        if (await db.FundCredits.AnyAsync(c => c.ParkId == park.Id && c.ContractNumber == input.ContractNumber!.Trim(), ct))
            return Failure.Conflict("Fund.ContractTwice", input.ContractNumber);
        if (line is not null)
        {
            if (input.Amount > line.Remaining) return Failure.Conflict("Fund.AboveCreditLine", FundRulesData.Show(input.Amount), FundRulesData.Show(line.Budget), FundRulesData.Show(line.Remaining));
            line.Committed += input.Amount;
        }
        var (plan, project) = found.Value;
        var credit = db.FundCredits.Add(new FundCredit
        {
            ParkId = park.Id, PlanId = plan, ProjectKey = project.Key, ProjectName = project.Name, Class = project.Class, ProgrammeId = line?.Id,
            Bank = input.Bank!.Trim(), Amount = input.Amount, ContractNumber = input.ContractNumber!.Trim(), EffectiveOn = input.EffectiveOn!.Value,
            RecordedBy = user.Name, RecordedAtUtc = db.Clock.UtcNow(),
        }).Entity;
        return await db.TrySaveChangesAsync(() => credit.Id, ct);
    }

    private static Dictionary<string, Bilingual> Check(FundCreditInput input, DateOnly today)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (string.IsNullOrWhiteSpace(input.Bank) || input.Bank.Trim().Length > 200) errors["bank"] = Text.Get("Fund.Bank");
        if (string.IsNullOrWhiteSpace(input.ContractNumber)) errors["contractNumber"] = Text.Get("Fund.DocumentRequired");
        else if (input.ContractNumber.Trim().Length > 100) errors["contractNumber"] = Text.Get("Fund.TooLong", 100);
        if (FundStepInput.MoneyRule(input.Amount) is { } bad) errors["amount"] = bad;
        if (input.EffectiveOn is not { } on) errors["effectiveOn"] = Text.Get("Fund.DateRequired");
        else if (on > today) errors["effectiveOn"] = Text.Get("Fund.FutureDate", on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return errors;
    }
}

/// <summary>A park's bank credits, for its page (funds readers of the park only).</summary>
public sealed record FundCreditView(int Id, string ProjectKey, string ProjectName, string Bank, decimal Amount, string ContractNumber, DateOnly EffectiveOn,
    string? Programme, string RecordedBy);

public sealed class ListFundCredits(AppDbContext db)
{
    public async Task<Outcome<IReadOnlyList<FundCreditView>>> ExecuteAsync(int parkId, AccessScope user, CancellationToken ct = default)
    {
        var park = await FundPlaces.ParkAsync(db, parkId, ct);
        if (park is null || !user.Allows(Permissions.FundsRead, ScopeTarget.Park(parkId, park.Path))) return Failure.NotFound("Fund.NoPark", parkId);
        var programmes = await db.FundProgrammes.AsNoTracking().Where(p => p.Source == FundSource.BankLoan).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var credits = await db.FundCredits.AsNoTracking().Where(c => c.ParkId == parkId).OrderBy(c => c.ProjectKey).ThenBy(c => c.Id).ToListAsync(ct);
        return credits.Select(c => new FundCreditView(c.Id, c.ProjectKey, c.ProjectName, c.Bank, c.Amount, c.ContractNumber, c.EffectiveOn,
            c.ProgrammeId is { } id ? programmes.GetValueOrDefault(id) : null, c.RecordedBy)).ToList();
    }
}
