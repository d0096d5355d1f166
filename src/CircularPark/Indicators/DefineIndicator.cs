using CircularPark.Data;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Library;
using CircularPark.Identity;
using CircularPark.Inputs;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Indicators;

/// <summary>A user-defined indicator as submitted.</summary>
public sealed record IndicatorInput([SingleLine(32)] string Code, [SingleLine(200)] string NameZh, [SingleLine(200)] string NameEn, [SingleLine(32)] string Unit,
    Direction Direction, [SingleLine(IndicatorCompiler.MaxFormulaLength)] string Formula, [SingleLine] string? Source = null, AchievementMethod AchievementMethod = AchievementMethod.Ratio);

/// <summary>A user-defined data item as submitted.</summary>
public sealed record DataItemInput([SingleLine(32)] string Code, [SingleLine(200)] string NameZh, [SingleLine(200)] string NameEn, [SingleLine(32)] string Unit, DataItemKind Kind);

/// <summary>
/// Adds indicators and data items of one's own (province, ministry and admin users). A formula is parsed and checked
/// before anything is stored: unknown items, empty denominators and unit mismatches are refused with a message that
/// points at the spot. Succeeds with the warnings found.
/// </summary>
public sealed class DefineIndicator(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<Outcome<IReadOnlyList<RuleFinding>>> AddIndicatorAsync(IndicatorInput input, AccessScope user, CancellationToken ct = default)
    {
        if (!user.Allows(Permissions.CatalogueEdit, ScopeTarget.None)) return Failure.Forbidden;
        var setup = (await catalog.LoadAsync(null, ct))!;
        var candidate = new IndicatorDefinition(input.Code.Trim(), input.NameZh.Trim(), input.NameEn.Trim(), IndicatorGroup.Custom, input.Unit.Trim(),
            input.Direction, input.Formula, input.Source ?? "") { AchievementMethod = input.AchievementMethod };
        var check = IndicatorCompiler.Check(candidate, setup.Catalogue, setup.Library.Indicators.Select(i => i.Definition));
        var problems = check.Diagnostics.Select(RuleFinding.From).ToList();
        if (!check.IsValid || problems.Any(p => p.Severity == "error")) return Failure.Rejected(problems);
        db.CustomIndicators.Add(new CustomIndicator
        {
            Code = candidate.Code, NameZh = candidate.NameZh, NameEn = candidate.NameEn, Unit = candidate.Unit, Direction = candidate.Direction,
            Formula = candidate.Formula, Source = candidate.Source, AchievementMethod = candidate.AchievementMethod, CreatedBy = user.Name,
        });
        return await db.TrySaveChangesAsync<IReadOnlyList<RuleFinding>>(() => problems, ct);
    }

    public async Task<Outcome<IReadOnlyList<RuleFinding>>> AddDataItemAsync(DataItemInput input, AccessScope user, CancellationToken ct = default)
    {
        if (!user.Allows(Permissions.CatalogueEdit, ScopeTarget.None)) return Failure.Forbidden;
        var existing = await db.CustomDataItems.AsNoTracking().ToListAsync(ct);
        var item = new CustomDataItem { Code = input.Code.Trim(), NameZh = input.NameZh.Trim(), NameEn = input.NameEn.Trim(), Unit = input.Unit.Trim(), Kind = input.Kind, CreatedBy = user.Name };
        var build = DataItemCatalogue.Create(existing.Append(item).Select(i => i.ToEngine()));
        var problems = build.Diagnostics.Where(d => d.Subject.Equals(item.Code, StringComparison.OrdinalIgnoreCase))
            .Select(RuleFinding.From).ToList();
        var indicators = await db.CustomIndicators.AsNoTracking().Select(i => i.Code).ToListAsync(ct);
        if (indicators.Contains(item.Code, StringComparer.OrdinalIgnoreCase) || BuiltInIndicators.All.Any(i => i.Code.Equals(item.Code, StringComparison.OrdinalIgnoreCase)))
        {
            var message = Localization.Text.Get("Indicator.CodeTaken", item.Code);
            problems.Add(new RuleFinding("Indicator.CodeTaken", "error", item.Code, message.Zh, message.En));
        }
        if (problems.Any(p => p.Severity == "error")) return Failure.Rejected(problems);
        db.CustomDataItems.Add(item);
        return await db.TrySaveChangesAsync<IReadOnlyList<RuleFinding>>(() => problems, ct);
    }
}
