using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>What a bulk file records: awards (资金下达) or disbursements (拨付).</summary>
public enum FundImportKind
{
    Awards = 1,
    Disbursements = 2,
}

/// <summary>
/// Bulk awards or disbursements of one programme from xlsx or CSV (columns 园区名称, 项目编号, [批次,] 金额, 文号, 日期,
/// 说明; Chinese or English headers). Every row goes through the same step as the API — the table's checks, the rules,
/// the budget counted over the rows before it — and every problem is reported by row and column; a file with any
/// problem stores nothing, a dry run never stores. A column the file has but the import does not know is a problem too.
/// </summary>
public sealed class ImportFundSteps(AppDbContext db)
{
    public async Task<Outcome<ImportReport>> ExecuteAsync(string programmeCode, FundImportKind kind, Stream file, string fileName, bool dryRun, AccessScope user,
        CancellationToken ct = default)
    {
        var programme = await db.FundProgrammes.Include(p => p.OwnerRegion).SingleOrDefaultAsync(p => p.Code == programmeCode.Trim(), ct);
        if (programme is null || !SaveFundProgramme.Sees(user, programme.OwnerRegion!.Path)) return Failure.NotFound("Fund.NoProgrammeCode", programmeCode);
        var permission = kind == FundImportKind.Awards ? Permissions.FundsAward : Permissions.FundsDisburse;
        if (!user.Allows(permission, ScopeTarget.Region(programme.OwnerRegion.Path))) return Failure.Forbidden;
        return await ImportAsync(programme, kind, file, fileName, dryRun, user, ct);
    }

    private async Task<ImportReport> ImportAsync(FundProgramme programme, FundImportKind kind, Stream file, string fileName, bool dryRun, AccessScope user,
        CancellationToken ct)
    {
        Table table;
        try { table = TableReader.Read(file, fileName); }
        catch (NotSupportedException) { return Failed(dryRun, 0, "format", Text.Get("Rule.format", Path.GetExtension(fileName))); }
        catch (TableReadException e) { return Failed(dryRun, 0, "file", Text.Get("Rule.file", e.Message)); }
        var columns = FundImportColumns.For(kind);
        var (index, problems) = FundImportColumns.Map(table.Header, columns);
        if (table.Rows.All(r => r.IsBlank)) problems.Add(ImportProblem.Of(0, null, "empty-file", Text.Get("Rule.empty-file")));
        if (problems.Count > 0) return ImportReport.Failed(dryRun, table.Rows.Count, problems);
        var applications = await db.FundApplications.Include(a => a.Events).Where(a => a.ProgrammeId == programme.Id).AsSplitQuery().ToListAsync(ct);
        var parks = await FundPlaces.ParksAsync(db, applications.Select(a => a.ParkId).Distinct().ToList(), null, ct);
        var shortNames = await db.Parks.AsNoTracking().Where(p => parks.Keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.ShortName, ct);
        var today = db.Clock.Today();
        var rows = 0;
        foreach (var row in table.Rows.Where(r => !r.IsBlank))
        {
            rows++;
            string Cell(string key) => index.TryGetValue(key, out var i) ? row.Cell(i) : "";
            var input = FundImportColumns.Input(kind, Cell, row.Number, problems);
            var application = Find(applications, parks, shortNames, Cell("Park"), Cell("Project"));
            if (application is null) { problems.Add(ImportProblem.Of(row.Number, "项目编号", "unknown-application", Text.Get("Fund.Import.NoApplication", Cell("Park"), Cell("Project")))); continue; }
            if (input is null) continue;
            var context = new FundContext(application, programme, applications.Where(a => a != application).ToList(), parks[application.ParkId], today);
            var failure = await StepAsync(kind, context, input, user, ct);
            if (failure is not null) problems.Add(ImportProblem.Of(row.Number, kind == FundImportKind.Awards ? "安排金额" : "拨付金额", "step", Explain(failure)));
        }
        if (problems.Count > 0 || dryRun)
        {
            db.ChangeTracker.Clear();
            return problems.Count > 0 ? ImportReport.Failed(dryRun, rows, [.. problems.OrderBy(p => p.Row)]) : new ImportReport(true, false, rows, 0, rows, 0, []);
        }
        programme.Committed = applications.Sum(a => a.Commitment);
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsOk ? new ImportReport(false, true, rows, 0, rows, 0, []) : Failed(false, rows, "save", Explain(saved.Failure!));
    }

    /// <summary>The row's step on the tracked application, as the API takes it (nothing saved here).</summary>
    private async Task<Failure?> StepAsync(FundImportKind kind, FundContext context, FundStepInput input, AccessScope user, CancellationToken ct)
    {
        var step = kind == FundImportKind.Awards ? FundStep.Award : FundStep.Disburse;
        if (FundSteps.Refuse(step, context.Application.Status, user, context.Target) is { } refused) return refused;
        var errors = input.Check(step, context.Today, context.Application.LastEffectiveOn);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var money = new FundMoneySteps(db, context, user, input);
        var done = step == FundStep.Award ? await money.AwardAsync(ct) : money.Disburse();
        return done.Failure;
    }

    private static FundApplication? Find(List<FundApplication> applications, IReadOnlyDictionary<int, FundPark> parks, Dictionary<int, string?> shortNames, string park, string key)
    {
        var wanted = FundImportColumns.Normalise(park);
        return applications.FirstOrDefault(a => string.Equals(a.ProjectKey, key.Trim(), StringComparison.OrdinalIgnoreCase)
            && (FundImportColumns.Normalise(parks.GetValueOrDefault(a.ParkId)?.Name) == wanted || FundImportColumns.Normalise(shortNames.GetValueOrDefault(a.ParkId)) == wanted));
    }

    private static Bilingual Explain(Failure failure) => new(failure.Explain(english: false), failure.Explain(english: true));

    private static ImportReport Failed(bool dryRun, int rows, string rule, Bilingual message) =>
        ImportReport.Failed(dryRun, rows, [ImportProblem.Of(0, null, rule, message)]);
}
