using System.Text.Json;
using System.Text.Json.Nodes;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Plans;

/// <summary>A plan version as read: who wrote and submitted it, which coefficient set it uses, and its content.</summary>
public sealed record PlanView(int PlanId, int ParkId, string Park, string CampaignCode, string Title, int Number, PlanStatus Status, long Version,
    string CoefficientSetId, DateTime CreatedAtUtc, string CreatedBy, DateTime? SubmittedAtUtc, string? SubmittedBy,
    IReadOnlyList<PlanVersionSummary> Versions, PlanContent Content);

public sealed record PlanVersionSummary(int Number, PlanStatus Status, DateTime CreatedAtUtc, string CreatedBy, DateTime? SubmittedAtUtc);

/// <summary>One difference between two versions: the field's path and its values in each.</summary>
public sealed record PlanChange(string Path, string? Before, string? After);

public sealed class GetPlan(AppDbContext db)
{
    public async Task<(AccessOutcome Outcome, PlanView? View)> ExecuteAsync(int planId, int? number, AccessScope user, CancellationToken ct = default)
    {
        var (access, plan, version) = await PlanAccess.LoadAsync(db, planId, number, user, change: false, ct);
        if (access != AccessOutcome.Allowed) return (access, null);
        var park = await db.Parks.AsNoTracking().Where(p => p.Id == plan!.ParkId).Select(p => p.Name).SingleAsync(ct);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == plan!.CampaignId).Select(c => c.Code).SingleAsync(ct);
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId).OrderBy(v => v.Number)
            .Select(v => new PlanVersionSummary(v.Number, v.Status, v.CreatedAtUtc, v.CreatedBy, v.SubmittedAtUtc)).ToListAsync(ct);
        return (AccessOutcome.Allowed, new PlanView(planId, plan!.ParkId, park, campaign, plan.Title, version!.Number, version.Status, version.Version,
            version.CoefficientSetId, version.CreatedAtUtc, version.CreatedBy, version.SubmittedAtUtc, version.SubmittedBy, versions, PlanContent.From(version)));
    }

    /// <summary>Every field that differs between versions <paramref name="from"/> and <paramref name="to"/> (projects matched by number).</summary>
    public async Task<(AccessOutcome Outcome, IReadOnlyList<PlanChange>? Changes)> CompareAsync(int planId, int from, int to, AccessScope user, CancellationToken ct = default)
    {
        var (a, before) = await ExecuteAsync(planId, from, user, ct);
        var (b, after) = await ExecuteAsync(planId, to, user, ct);
        if (a != AccessOutcome.Allowed) return (a, null);
        if (b != AccessOutcome.Allowed) return (b, null);
        return (AccessOutcome.Allowed, Changes(before!.Content, after!.Content));
    }

    /// <summary>The paths whose values differ between two contents (plans, or yearly reports), in path order.</summary>
    internal static IReadOnlyList<PlanChange> Changes<T>(T before, T after)
    {
        var (left, right) = (Flatten(before), Flatten(after));
        return left.Keys.Union(right.Keys).Order(StringComparer.Ordinal)
            .Where(k => left.GetValueOrDefault(k) != right.GetValueOrDefault(k))
            .Select(k => new PlanChange(k, left.GetValueOrDefault(k), right.GetValueOrDefault(k))).ToList();
    }

    /// <summary>
    /// Content (of a plan or a yearly report) as path → value, keying projects by their number and targets by indicator so
    /// order changes are not changes.
    /// </summary>
    private static Dictionary<string, string?> Flatten<T>(T content)
    {
        var node = JsonSerializer.SerializeToNode(content, JsonSerializerOptions.Web)!;
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (k, v) in o) Walk(v, path.Length == 0 ? k : $"{path}.{k}");
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{KeyOf(array[i]) ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]");
                    break;
                case JsonValue value when value.TryGetValue<string>(out var text):
                    result[path] = text; // as written, not JSON-escaped (Chinese stays readable)
                    break;
                default:
                    result[path] = n?.ToJsonString();
                    break;
            }
        }
        Walk(node, "");
        return result;
    }

    private static string? KeyOf(JsonNode? item) => item is JsonObject o
        ? (o["key"] ?? o["projectKey"] ?? o["indicatorCode"] ?? o["code"] ?? o["year"] ?? o["pollutant"])?.ToString()
        : null;
}
