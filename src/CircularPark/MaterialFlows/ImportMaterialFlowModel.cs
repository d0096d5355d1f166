using CircularPark.Parks;
using System.Text.Json;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Localization;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.MaterialFlows;

/// <summary>
/// Imports a whole model from JSON (the export's shape) or the xlsx template. The park is the one chosen
/// (<c>parkId</c>) or, without one, the file's park by name; the year and scenario come from the file and pick the
/// model to create or replace. Every problem is reported (xlsx: by sheet, row and column; JSON: by path); a file with
/// any problem stores nothing; a dry run never stores; importing the same file again changes nothing.
/// Needs <see cref="Permissions.ParkChange"/>.
/// </summary>
public sealed class ImportMaterialFlowModel(AppDbContext db)
{
    public async Task<MfaResult<ImportReport>> ExecuteAsync(Stream file, string fileName, int? parkId, bool dryRun, AccessScope user, CancellationToken ct = default)
    {
        var (doc, rows, problems, report) = Read(file, fileName);
        if (doc is null) return Done(ImportReport.Failed(dryRun, rows, problems));

        var named = parkId is null ? await ParksByName.FindAsync(db, doc.Park, ct) : [];
        if (named.Count > 1)
            return Done(ImportReport.Failed(dryRun, rows, [.. problems, ImportProblem.Of(0, null, "ambiguous-park", Text.Get("Mfa.ambiguous-park", doc.Park ?? "", string.Join("、", named.Select(p => p.Id))))]));
        var park = parkId is { } id
            ? await db.Parks.AsNoTracking().Where(p => p.Id == id).Select(p => new NamedPark(p.Id, p.Name)).SingleOrDefaultAsync(ct)
            : named.SingleOrDefault();
        if (park is null && parkId is not null) return new(MfaOutcome.NotFound);
        if (park is null) return Done(ImportReport.Failed(dryRun, rows, [.. problems, ImportProblem.Of(0, null, "unknown-park", Text.Get("Mfa.unknown-park", doc.Park ?? ""))]));
        if (!string.IsNullOrWhiteSpace(doc.Park) && doc.Park.Trim() != park.Name && !(await ParksByName.FindAsync(db, doc.Park, ct)).Any(p => p.Id == park.Id))
            problems.Add(ImportProblem.Of(0, null, "other-park", Text.Get("Mfa.other-park", doc.Park, park.Name)));
        if (!(await ParkRights.LoadAsync(db, park.Id, user, ct))!.CanChange) return new(MfaOutcome.Forbidden);

        foreach (var problem in MaterialFlowRules.Validate(doc)) report(problem);
        if (problems.Count > 0) return Done(ImportReport.Failed(dryRun, rows, [.. problems.OrderBy(p => p.Sheet).ThenBy(p => p.Row)]));

        var model = await db.MaterialFlowModels.WithContent().SingleOrDefaultAsync(m => m.ParkId == park.Id && m.Year == doc.Year && m.Scenario == doc.Scenario, ct);
        var created = model is null;
        model ??= db.MaterialFlowModels.Add(new MfaModel { ParkId = park.Id, Title = doc.Title }).Entity;
        MaterialFlowMapping.Apply(model, doc);
        var changed = db.ChangeTracker.HasChanges();
        if (changed) model.UpdatedUtc = db.Clock.GetUtcNow().UtcDateTime;
        if (dryRun) db.ChangeTracker.Clear();
        else if (changed) await db.SaveChangesAsync(ct);
        return Done(new ImportReport(dryRun, !dryRun, rows, created ? 1 : 0, !created && changed ? 1 : 0, changed ? 0 : 1, []));
    }

    private static MfaResult<ImportReport> Done(ImportReport report) => new(MfaOutcome.Ok, report);

    private static (MaterialFlowDocument? Doc, int Rows, List<ImportProblem> Problems, Action<ModelProblem> Report) Read(Stream file, string fileName)
    {
        var problems = new List<ImportProblem>();
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".json":
                try
                {
                    var doc = JsonSerializer.Deserialize<MaterialFlowDocument>(file, MaterialFlowJson.Options);
                    if (doc is null) throw new JsonException("null");
                    doc = doc with { Layers = doc.Layers ?? [], Processes = doc.Processes ?? [], Flows = doc.Flows ?? [], Parameters = doc.Parameters ?? [] };
                    return (doc, doc.Layers.Count + doc.Processes.Count + doc.Flows.Count + doc.Parameters.Count, problems,
                        p => problems.Add(ImportProblem.Of(0, p.Key, p.Rule, p.Message)));
                }
                catch (JsonException e)
                {
                    problems.Add(ImportProblem.Of(0, e.Path, "json", Text.Get("Mfa.json", e.Message)));
                    return (null, 0, problems, _ => { });
                }
            case ".xlsx":
                IReadOnlyList<(string, Table)> sheets;
                try
                {
                    sheets = TableReader.ReadWorkbook(file);
                }
                catch (TableReadException e)
                {
                    problems.Add(e.Problem);
                    return (null, 0, problems, _ => { });
                }
                var reader = new WorkbookReader();
                var read = reader.Read(sheets);
                problems.AddRange(reader.Problems);
                // The reader's own problems are copied now; later ones go through Report, which skips cells already reported.
                return (read, reader.Rows, problems, p =>
                {
                    var before = reader.Problems.Count;
                    reader.Report(p);
                    if (reader.Problems.Count > before) problems.Add(reader.Problems[^1]);
                });
            default:
                problems.Add(ImportProblem.Of(0, null, "format", Text.Get("Mfa.format", Path.GetExtension(fileName))));
                return (null, 0, problems, _ => { });
        }
    }
}
