using System.Globalization;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Chains;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Data.Seed;

/// <summary>What a seeding run added; zero everywhere on a repeat run.</summary>
public sealed record SeedResult(int Regions, int Campaigns, int ParksCreated, int MembershipChanges, int Opinions, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>Utilisation routes added to the knowledge base (data/seed/utilisation-routes.csv).</summary>
    public int Routes { get; init; }

    /// <summary>Figures regions reported for themselves (data/seed/economics-*.csv: Shaoguan's 2021 totals of its parks).</summary>
    public int RegionFigures { get; init; }
}

/// <summary>
/// Loads the real data of the source documents (regions, the four campaigns, the Shandong and Guangdong park lists,
/// the Laiwu–Jinan boundary change, the nine Guangdong expert opinions and the utilisation routes they and domain.md
/// name). Idempotent: what exists is left alone.
/// </summary>
public sealed class SeedDatabase(AppDbContext db, ImportParks importParks)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly AccessScope Seeder = new(Roles.Admin, null, null, "seed");

    public async Task<SeedResult> ExecuteAsync(SeedFiles files, CancellationToken ct = default)
    {
        var regions = await SeedRegionsAsync(files, ct);
        var campaigns = await SeedCampaignsAsync(files, ct);
        var problems = new List<ImportProblem>();
        var created = 0;
        foreach (var name in files.Names.Where(n => n.StartsWith("parks-", StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal)))
        {
            await using var stream = files.Open(name);
            // Recorded as the campaign's published list, not by the embedded file's name (no internal names on the pages, issue 14).
            var report = await importParks.ExecuteAsync(stream, "公布名单.csv", name["parks-".Length..^".csv".Length], dryRun: false, Seeder, ct);
            problems.AddRange(report.Problems);
            created += report.Created;
        }
        var moves = await ApplyRegionChangesAsync(files, ct);
        var opinions = await SeedOpinionsAsync(files, ct);
        await SeedCoefficientSetsAsync(ct);
        await SeedExchangeItemsAsync(ct);
        var routes = await RouteKnowledge.SeedAsync(db, files, ct);
        await EffectiveDateBackfill.RunAsync(db, ct);
        await ExchangeConsentBackfill.RunAsync(db, ct);
        await SourceCorrectionsBackfill.RunAsync(db, ct);
        await EligibleBasisBackfill.RunAsync(db, ct);
        var figures = await Economics.SeedRegionFigures.SeedAsync(db, new Economics.SaveRegionFigures(db, new Indicators.IndicatorCatalog(db)), files, ct);
        return new SeedResult(regions, campaigns, created, moves, opinions, problems) { Routes = routes, RegionFigures = figures };
    }

    private async Task<int> SeedRegionsAsync(SeedFiles files, CancellationToken ct)
    {
        var added = await RegionSeed.LoadAsync(db, Csv(files, "regions.csv"), ct);
        var pathless = await db.Regions.Include(r => r.Parent).Where(r => r.Path == "").ToListAsync(ct);
        FillPaths(pathless);
        if (pathless.Count > 0) await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>Regions stored before paths existed get theirs, parents first.</summary>
    private static void FillPaths(IEnumerable<Region> regions)
    {
        foreach (var region in regions.Where(r => r.Path.Length == 0).OrderBy(r => r.Level))
            region.Path = Region.PathUnder(region.Parent?.Path, region.Code);
    }

    /// <summary>Each code's open row, else the one that ended last.</summary>
    private async Task<Dictionary<string, int>> RegionIdsByCodeAsync(CancellationToken ct) =>
        (await db.Regions.AsNoTracking().Select(r => new { r.Code, r.Id, r.ValidTo }).ToListAsync(ct))
        .GroupBy(r => r.Code, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.MaxBy(r => r.ValidTo ?? DateOnly.MaxValue)!.Id, StringComparer.Ordinal);

    private async Task<int> SeedCampaignsAsync(SeedFiles files, CancellationToken ct)
    {
        await using var stream = files.Open("campaigns.json");
        var seeds = await JsonSerializer.DeserializeAsync<List<CampaignSeed>>(stream, Json, ct) ?? [];
        var regions = await RegionIdsByCodeAsync(ct);
        var existing = await db.Campaigns.Select(c => c.Code).ToListAsync(ct);
        var added = 0;
        foreach (var seed in seeds.Where(s => !existing.Contains(s.Code)))
        {
            db.Campaigns.Add(new Campaign
            {
                Code = seed.Code, TitleZh = seed.TitleZh, TitleEn = seed.TitleEn, DocumentNumber = seed.DocumentNumber,
                IssuingBodies = seed.IssuingBodies, IssuedOn = seed.IssuedOn, ScopeRegionId = regions[seed.ScopeRegion],
                IssuerLevel = Parse<RegionLevel>(seed.IssuerLevel), TaskTemplate = Parse<TaskTemplate>(seed.TaskTemplate),
                GoalZh = seed.GoalZh, GoalEn = seed.GoalEn, ListTitleZh = seed.ListTitleZh, SummaryTitleZh = seed.SummaryTitleZh,
                SourceNote = string.Join("; ", new[] { seed.IssuedOnNote, seed.DocumentNumberNote }.OfType<string>()) is { Length: > 0 } note ? note : null,
                // A document that is itself the published list (e.g. 粤工信节能函〔2020〕923号) is the campaign's notice.
                NoticeNumber = seed.PublishesList == true ? seed.DocumentNumber : null, NoticeIssuedOn = seed.PublishesList == true ? seed.IssuedOn : null,
                Notice = seed.Notice?.ToText() ?? new NoticeText(),
                // Set only where the document sets them (ADR 0079; data/seed/NOTES.md quotes the sentences).
                AcceptanceThreshold = seed.AcceptanceThreshold,
                AcceptanceDeadlineRule = seed.AcceptanceDeadline is { } rule ? Parse<Acceptance.AcceptanceDeadlineRule>(rule) : Acceptance.AcceptanceDeadlineRule.CampaignDate,
                MinimumConsultancyGrade = seed.MinimumConsultancyGrade is { } grade ? Parse<Plans.ConsultancyGrade>(grade) : null,
                Targets = seed.Targets.Select(t => new CampaignTarget
                {
                    Metric = Parse<TargetMetric>(t.Metric), ParkLevel = t.ParkLevel is null ? null : Parse<ParkLevel>(t.ParkLevel),
                    Share = t.Share, Count = t.Count, Deadline = t.Deadline, NoteZh = t.NoteZh ?? "",
                    Basis = t.Basis is null ? TargetBasis.Registered : Parse<TargetBasis>(t.Basis),
                }).ToList(),
                RegionGroups = (seed.RegionGroups ?? []).Select(g => new CampaignRegionGroup
                {
                    NameZh = g.NameZh, NameEn = g.NameEn, Relation = Parse<GroupRelation>(g.Relation), NoteZh = g.NoteZh ?? "",
                    Members = g.Regions.Select(code => new CampaignRegionGroupMember { RegionId = regions[code] }).ToList(),
                }).ToList(),
                Reports = seed.Reports.Select(r => new ReportRequirement
                {
                    Type = r.Type, NameZh = r.NameZh, NameEn = r.NameEn, From = Parse<ReportParty>(r.From), To = Parse<ReportParty>(r.To),
                    Recurrence = Parse<Recurrence>(r.Recurrence), DueDate = r.DueDate, DueMonth = r.DueMonth, DueDay = r.DueDay,
                    YearOffset = r.YearOffset ?? 0, FirstPeriod = r.FirstPeriod, LastPeriod = r.LastPeriod,
                    Indicative = r.Indicative ?? false, Source = r.Source ?? "",
                }).ToList(),
            });
            added++;
        }
        await db.SaveChangesAsync(ct);
        await CampaignSourceBackfill.RunAsync(db, seeds, ct);
        return added;
    }

    /// <summary>A region abolished on a date hands its parks to its successor from that date (e.g. 莱芜市 → 济南市).</summary>
    private async Task<int> ApplyRegionChangesAsync(SeedFiles files, CancellationToken ct)
    {
        var moves = 0;
        var regions = await RegionIdsByCodeAsync(ct);
        foreach (var row in Csv(files, "region-changes.csv"))
        {
            var from = regions[row["region_code"]];
            var to = regions[row["successor_code"]];
            var effective = Date(row["effective"])!.Value;
            var open = await db.ParkRegionMemberships.Where(m => m.RegionId == from && m.ValidTo == null).ToListAsync(ct);
            foreach (var membership in open)
            {
                membership.ValidTo = effective;
                db.ParkRegionMemberships.Add(new ParkRegionMembership
                {
                    ParkId = membership.ParkId, RegionId = to, ValidFrom = effective, Reason = row["note"],
                });
                moves++;
            }
        }
        await db.SaveChangesAsync(ct);
        return moves;
    }

    private async Task<int> SeedOpinionsAsync(SeedFiles files, CancellationToken ct)
    {
        var added = 0;
        foreach (var name in files.Names.Where(n => n.StartsWith("opinions-", StringComparison.Ordinal)))
        {
            await using var stream = files.Open(name);
            var seed = await JsonSerializer.DeserializeAsync<OpinionFileSeed>(stream, Json, ct)
                ?? throw new InvalidDataException($"{name} is empty.");
            var participations = await db.Participations.Include(p => p.Park)
                .Where(p => p.Campaign!.Code == seed.Campaign).ToDictionaryAsync(p => p.Park!.Name, ct);
            var reviewed = await db.ReviewOpinions.Where(o => o.Participation!.Campaign!.Code == seed.Campaign)
                .Select(o => o.ParticipationId).ToListAsync(ct);
            foreach (var opinion in seed.Opinions)
            {
                var participation = participations[opinion.Park];
                if (reviewed.Contains(participation.Id)) continue;
                db.ReviewOpinions.Add(new ReviewOpinion
                {
                    ParticipationId = participation.Id, PlanTitle = opinion.PlanTitle, CallDocument = seed.CallDocument,
                    Organiser = seed.Organiser, OverallEvaluation = opinion.OverallEvaluation,
                    Conclusion = Parse<ReviewConclusion>(seed.Conclusion), IsPublic = seed.Public,
                    ItemsNumbered = opinion.ItemsNumbered ?? true,
                    Items = opinion.Items.Select((text, i) => new OpinionItem { Number = i + 1, Text = text }).ToList(),
                });
                added++;
            }
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>The built-in coefficient set of domain.md §10 (figures and sources in the engine, ADR 0031).</summary>
    private async Task SeedCoefficientSetsAsync(CancellationToken ct)
    {
        var set = Engines.Indicators.Carbon.CoefficientSets.ChinaDefault;
        if (await db.CoefficientSets.AnyAsync(s => s.Id == set.Id, ct)) return;
        db.CoefficientSets.Add(Indicators.IndicatorCatalog.Record(set));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The two data items the waste-exchange follow-up feeds (tonnes delivered to and received from other enterprises through
    /// the platform in a year); the statistics form fills them from the recorded deliveries.
    /// </summary>
    private async Task SeedExchangeItemsAsync(CancellationToken ct)
    {
        foreach (var (code, zh, en) in new[]
                 {
                     (Statistics.ExchangeItems.Sent, "废物交换平台对外交付量", "Delivered to others through the waste exchange"),
                     (Statistics.ExchangeItems.Received, "废物交换平台接收量", "Received from others through the waste exchange"),
                 })
            if (!await db.CustomDataItems.AnyAsync(i => i.Code == code, ct))
                db.CustomDataItems.Add(new Indicators.CustomDataItem { Code = code, NameZh = zh, NameEn = en, Unit = "t", Kind = Engines.Indicators.Data.DataItemKind.Quantity, CreatedBy = "seed" });
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<Dictionary<string, string>> Csv(SeedFiles files, string name)
    {
        using var stream = files.Open(name);
        var table = TableReader.Read(stream, name);
        foreach (var row in table.Rows)
            yield return table.Header.Select((h, i) => (h, v: row.Cell(i))).ToDictionary(x => x.h, x => x.v);
    }

    private static DateOnly? Date(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"pass-after-revision" → PassAfterRevision.</summary>
    internal static T Parse<T>(string kebab) where T : struct, Enum =>
        Enum.Parse<T>(string.Concat(kebab.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
}
