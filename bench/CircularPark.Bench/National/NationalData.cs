using System.Diagnostics;
using CircularPark.Acceptance;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Enterprises;
using CircularPark.Indicators;
using CircularPark.Parks;
using CircularPark.Plans;
using CircularPark.Regions;
using CircularPark.Reports;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Bench.National;

/// <summary>
/// A national-scale data set (illustrative, invented) on top of the normal seed: N parks spread over every current city of
/// every province, each in the national campaign (and its province's campaign where there is one) at a stage of its way,
/// with a submitted plan and its key projects, yearly statistics, the yearly reports the national schedule asks for in
/// every state (draft, submitted on time or late, returned, accepted, 逾期未报 = no report), published acceptance results
/// for the parks accepted or failed, and M enterprises. Loaded in batches through <see cref="AppDbContext.SaveBulkAsync"/>
/// (one audit row per entity type and batch, not one per row).
/// </summary>
internal static class NationalData
{
    public const string Campaign = "cn-2021-1004";
    public const string Load = "national-data";

    /// <summary>How big the data set is.</summary>
    public sealed record Size(int Parks, int Years, int Enterprises, int Seed = 20_261_207);

    /// <summary>Rows written per table, and how long it took.</summary>
    public sealed record Loaded(IReadOnlyDictionary<string, int> Rows, TimeSpan Elapsed);

    private static readonly (string Suffix, ParkKind Kind)[] Kinds =
    [
        ("经济技术开发区", ParkKind.EconomicTechnologicalDevelopmentZone), ("高新技术产业开发区", ParkKind.HighTechZone),
        ("化工园区", ParkKind.IndustrialPark), ("循环经济产业园", ParkKind.IndustrialPark), ("工业园区", ParkKind.IndustrialPark),
        ("经济开发区", ParkKind.EconomicDevelopmentZone), ("临港产业园", ParkKind.IndustrialPark), ("新材料产业园", ParkKind.IndustrialPark),
        ("装备制造产业园", ParkKind.IndustrialPark), ("绿色食品产业园", ParkKind.IndustrialPark), ("生物医药产业园", ParkKind.SciencePark),
        ("资源综合利用产业园", ParkKind.IndustrialPark), ("产业转移工业园", ParkKind.IndustrialTransferPark), ("静脉产业园", ParkKind.IndustrialPark),
        ("出口加工区", ParkKind.ExportProcessingZone), ("科技园", ParkKind.SciencePark),
    ];

    private static readonly string[] Industries = ["C2614", "C2651", "C3011", "C3120", "C3216", "C2511", "C3340", "C3982", "C1331", "D4411", "C2710", "C3670"];

    private static readonly string[] Trades = ["化工", "新材料", "钢铁", "建材", "热电", "环保科技", "再生资源", "精细化工", "食品", "制药", "机械", "电子"];

    /// <summary>Whether the data set is already there (parks of the load exist).</summary>
    public static Task<bool> IsLoadedAsync(AppDbContext db) => db.AuditEntries.AnyAsync(a => a.EntityKey == Load);

    public static async Task<Loaded> LoadAsync(Func<AppDbContext> context, Size size, Action<string> progress)
    {
        var watch = Stopwatch.StartNew();
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        Places places;
        await using (var db = context()) places = await Places.ReadAsync(db);
        var statistics = IndicatorBenchmark.Generate(size.Parks, size.Years, size.Seed, firstYear: 2025 - size.Years + 1);
        var catalogue = Engines.Indicators.Data.DataItemCatalogue.BuiltIn;
        var parkIds = new List<int>(size.Parks);
        for (var start = 0; start < size.Parks; start += 250)
        {
            await using var db = context();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = Enumerable.Range(start, Math.Min(250, size.Parks - start)).Select(places.NewPark).ToList();
            db.Parks.AddRange(batch);
            Count(rows, await SaveAsync(db));
            foreach (var (park, i) in batch.Select((p, k) => (p, start + k)))
            {
                var stage = Stage(i);
                db.Participations.AddRange(places.Participations(park, i, stage));
                if (stage >= ParticipationState.Approved && stage != ParticipationState.Rejected) db.Plans.Add(Plan(park, i, places.National.Id));
                db.YearlyReports.AddRange(Reports(park.Id, i, stage, places.NationalPark));
                if (stage is ParticipationState.Accepted or ParticipationState.Failed) db.PublishedAcceptanceResults.Add(Result(park.Id, i, stage, places.National.Id));
                db.ParkStatistics.AddRange(statistics[i].Select(year => IndicatorDatabaseBenchmark.Stored(park.Id, year, catalogue)));
            }
            Count(rows, await SaveAsync(db));
            parkIds.AddRange(batch.Select(p => p.Id));
            progress($"  {parkIds.Count:N0} of {size.Parks:N0} parks loaded ({watch.Elapsed.TotalSeconds:F0} s)");
        }
        for (var start = 0; start < size.Enterprises; start += 2_000)
        {
            await using var db = context();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Enterprises.AddRange(Enumerable.Range(start, Math.Min(2_000, size.Enterprises - start)).Select(e => Enterprise(e, parkIds)));
            Count(rows, await SaveAsync(db));
        }
        return new Loaded(rows, watch.Elapsed);
    }

    private static async Task<Dictionary<string, int>> SaveAsync(AppDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var counts = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Metadata.ClrType.Name).ToDictionary(g => g.Key, g => g.Count());
        await db.SaveBulkAsync(Load);
        return counts;
    }

    private static void Count(Dictionary<string, int> rows, Dictionary<string, int> batch)
    {
        foreach (var (table, n) in batch) rows[table] = rows.GetValueOrDefault(table) + n;
    }

    /// <summary>Where park i stands in the national campaign: 5 % listed, 5 % applied, 5 % rejected, 45 % implementing, 10 % approved, 10 % applied for acceptance, 15 % accepted, 5 % failed.</summary>
    internal static ParticipationState Stage(int i) => (i * 7 % 20) switch
    {
        0 => ParticipationState.Listed,
        1 => ParticipationState.Applied,
        2 => ParticipationState.Rejected,
        < 12 => ParticipationState.Implementing,
        < 14 => ParticipationState.Approved,
        < 16 => ParticipationState.AcceptanceApplied,
        < 19 => ParticipationState.Accepted,
        _ => ParticipationState.Failed,
    };

    /// <summary>The history that leads to <paramref name="stage"/>: approved at the end of 2021, then each later step on its day.</summary>
    internal static List<ParticipationStateChange> History(ParticipationState stage)
    {
        var steps = stage switch
        {
            ParticipationState.Listed or ParticipationState.Applied => [(stage, new DateOnly(2021, 9, 30))],
            ParticipationState.Rejected => [(ParticipationState.Applied, new DateOnly(2021, 9, 30)), (stage, new DateOnly(2021, 12, 20))],
            _ => new List<(ParticipationState, DateOnly)> { (ParticipationState.Approved, new DateOnly(2021, 12, 20)) },
        };
        if (stage >= ParticipationState.Implementing && stage != ParticipationState.Rejected) steps.Add((ParticipationState.Implementing, new DateOnly(2022, 3, 1)));
        if (stage is ParticipationState.AcceptanceApplied or ParticipationState.Accepted or ParticipationState.Failed) steps.Add((ParticipationState.AcceptanceApplied, new DateOnly(2025, 3, 31)));
        if (stage is ParticipationState.Accepted or ParticipationState.Failed) steps.Add((stage, new DateOnly(2025, 9, 30)));
        ParticipationState? from = null;
        var history = new List<ParticipationStateChange>();
        foreach (var (to, on) in steps)
        {
            history.Add(new ParticipationStateChange { From = from, To = to, Actor = "national-data", AtUtc = Deadline(on).AddHours(-14), EffectiveOn = on, Reason = "示例数据" });
            from = to;
        }
        return history;
    }

    /// <summary>The end of a China-time day as a UTC instant.</summary>
    private static DateTime Deadline(DateOnly day) => DateTime.SpecifyKind(ChinaTime.EndOfDayUtc(day), DateTimeKind.Utc);

    private static ImplementationPlan Plan(Park park, int i, int campaignId) => new()
    {
        ParkId = park.Id, CampaignId = campaignId, Title = $"{park.Name}循环化改造实施方案",
        Versions =
        [
            new PlanVersion
            {
                Number = 1, Status = PlanStatus.Submitted, CreatedAtUtc = new DateTime(2021, 10, 8, 2, 0, 0, DateTimeKind.Utc), CreatedBy = "national-data",
                SubmittedAtUtc = new DateTime(2021, 10, 15, 2, 0, 0, DateTimeKind.Utc), SubmittedBy = "national-data",
                CoefficientSetId = IndicatorCatalog.DefaultSetId, BaselineYear = 2020, PeriodStartYear = 2021, PeriodEndYear = 2025,
                BasicSituation = "园区基本情况（示例数据）。",
                Projects = [.. Enumerable.Range(1, 3).Select(k => new KeyProject
                {
                    Key = $"P{k:D2}", Name = $"{Trades[(i + k) % Trades.Length]}废弃物综合利用项目（示例）", Class = (ProjectClass)(1 + (k % 3)),
                    OwnerEnterprise = $"{Trades[(i + k) % Trades.Length]}示例企业", TotalInvestment = 2_000 + ((i * 37 + k * 101) % 18_000),
                    SubsidyRequested = 300, SelfFunded = 1_000, OtherFunding = 700, StartYear = 2021 + (k % 2), EndYear = 2024 + (k % 2),
                    EnergySavedTce = 500 + (i % 900), Co2CutT = 1_200 + (i % 2_000),
                })],
            },
        ],
    };

    /// <summary>
    /// The national schedule's park reports for every period 2022–2025 the park owed (it carried out its plan at the due
    /// date): per park and period 10 % no report (逾期未报), 10 % drafts, 20 % submitted (a quarter of them late), 10 %
    /// returned, 50 % accepted.
    /// </summary>
    private static IEnumerable<YearlyReport> Reports(int parkId, int i, ParticipationState stage, ReportRequirement requirement)
    {
        if (stage is ParticipationState.Listed or ParticipationState.Applied or ParticipationState.Rejected) yield break;
        var last = stage is ParticipationState.Accepted or ParticipationState.Failed ? 2024 : 2025;
        for (var period = 2022; period <= last; period++)
        {
            var kind = (i * 3 + period) % 20;
            if (kind < 2) continue;
            var deadline = Deadline(new DateOnly(period, 12, 31));
            var submittedAt = kind % 4 == 0 ? deadline.AddDays(9) : deadline.AddDays(-12);
            var (status, actions) = kind switch
            {
                < 4 => (ReportStatus.Draft, Array.Empty<string>()),
                < 8 => (ReportStatus.Submitted, ["submit"]),
                < 10 => (ReportStatus.Returned, ["submit", "province-return"]),
                _ => (ReportStatus.Accepted, new[] { "submit", "province-accept" }),
            };
            yield return new YearlyReport
            {
                ParkId = parkId, CampaignId = requirement.CampaignId, RequirementId = requirement.Id, Period = period, Status = status,
                FirstSubmittedAtUtc = actions.Length > 0 ? submittedAt : null,
                Versions =
                [
                    new ReportVersion
                    {
                        Number = 1, Submitted = actions.Length > 0, Progress = "重点项目按计划推进（示例数据）。", Results = "完成年度节能节水目标。",
                        EnergySavedTce = 300 + (i % 700), WaterSavedM3 = 10_000 + (i % 90_000), Co2CutT = 800 + (i % 1_500),
                        Projects = [.. Enumerable.Range(1, 3).Select(k => new ProjectProgress
                        {
                            ProjectKey = $"P{k:D2}", Status = period >= 2024 ? "已完成" : "在建", PercentComplete = Math.Min(100, (period - 2021) * 25 + k * 5),
                            InvestmentThisYear = 500 + k * 100, InvestmentTotal = 2_000 + k * 1_000, Milestones = "主体工程完工",
                        })],
                    },
                ],
                Events = [.. actions.Select((a, n) => new ReportEvent
                {
                    Action = a, Actor = "national-data", AtUtc = submittedAt.AddDays(n * 20), VersionNumber = 1, Reason = a == "province-return" ? "数据不完整，请补充（示例）" : "",
                })],
            };
        }
    }

    private static PublishedAcceptanceResult Result(int parkId, int i, ParticipationState stage, int campaignId) => new()
    {
        CampaignId = campaignId, ParkId = parkId, Grade = stage == ParticipationState.Failed ? "不合格" : (i % 3) switch { 0 => "优秀", 1 => "良好", _ => "合格" },
        Passed = stage == ParticipationState.Accepted, NoticeNumber = "示例〔2025〕12号", NoticeOn = new DateOnly(2025, 9, 30),
        RecordedBy = "national-data", RecordedAtUtc = new DateTime(2025, 10, 8, 2, 0, 0, DateTimeKind.Utc),
    };

    private static Enterprise Enterprise(int e, List<int> parkIds) => new()
    {
        ParkId = parkIds[e % parkIds.Count], Name = $"示例{Trades[e % Trades.Length]}有限公司{e / parkIds.Count + 1:D2}",
        IndustryCode = Industries[e % Industries.Length], IsExample = true, UpdatedAtUtc = new DateTime(2025, 6, 30, 2, 0, 0, DateTimeKind.Utc),
    };

    /// <summary>The current cities (by code), the existing park names per city, and the national campaign with its park report line.</summary>
    private sealed class Places
    {
        public required List<Region> Cities { get; init; }
        public required Dictionary<int, HashSet<string>> Taken { get; init; }
        public required Campaign National { get; init; }
        public required ReportRequirement NationalPark { get; init; }
        /// <summary>Provincial campaigns by the path of their scope.</summary>
        public required List<(int Id, string Path)> Provincial { get; init; }

        public static async Task<Places> ReadAsync(AppDbContext db)
        {
            var today = db.Clock.Today();
            var cities = (await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.City).ToListAsync()).Where(r => r.IsValidOn(today))
                .OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
            var taken = (await db.ParkRegionMemberships.AsNoTracking().Select(m => new { m.RegionId, Name = db.Parks.Where(p => p.Id == m.ParkId).Select(p => p.Name).First() }).ToListAsync())
                .GroupBy(m => m.RegionId).ToDictionary(g => g.Key, g => g.Select(m => m.Name).ToHashSet(StringComparer.Ordinal));
            var national = await db.Campaigns.AsNoTracking().Include(c => c.Reports).SingleAsync(c => c.Code == Campaign);
            var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Path);
            var provincial = (await db.Campaigns.AsNoTracking().Where(c => c.Code != Campaign).Select(c => new { c.Id, c.ScopeRegionId }).ToListAsync())
                .Select(c => (c.Id, regions[c.ScopeRegionId])).ToList();
            return new Places
            {
                Cities = cities, Taken = taken, National = national, Provincial = provincial,
                NationalPark = national.Reports.Single(r => r.From == ReportParty.Park && r.Recurrence == Recurrence.Yearly),
            };
        }

        /// <summary>Park i: in the i-th city round-robin (every province gets parks), named after its city and a kind not yet taken there.</summary>
        public Park NewPark(int i)
        {
            var city = Cities[i % Cities.Count];
            var taken = Taken.TryGetValue(city.Id, out var names) ? names : Taken[city.Id] = new HashSet<string>(StringComparer.Ordinal);
            var stem = city.NameZh.EndsWith('市') && city.NameZh.Length > 2 ? city.NameZh[..^1] : city.NameZh;
            var (name, kind) = Enumerable.Range(0, 100).SelectMany(round => Kinds.Select(k => (Name: stem + (round == 0 ? "" : $"第{round + 1}") + k.Suffix, k.Kind)))
                .First(k => !taken.Contains(k.Name));
            taken.Add(name);
            return new Park
            {
                Name = name, Level = kind is ParkKind.EconomicTechnologicalDevelopmentZone or ParkKind.HighTechZone ? ParkLevel.National : ParkLevel.Provincial, Kind = kind,
                AreaKm2 = 5 + (i * 13 % 120), YearFounded = 1992 + (i % 25), EnterpriseCount = 20 + (i % 300),
                Memberships = [new ParkRegionMembership { RegionId = city.Id, ValidFrom = new DateOnly(2010, 1, 1) }],
            };
        }

        /// <summary>The park in the national campaign at <paramref name="stage"/>, and in its province's campaigns (where there are any) as implementing.</summary>
        public IEnumerable<Participation> Participations(Park park, int i, ParticipationState stage)
        {
            yield return new Participation { CampaignId = National.Id, ParkId = park.Id, State = stage, PlannedYear = 2022 + (i % 4), History = History(stage) };
            var path = Cities[i % Cities.Count].Path;
            foreach (var (id, scope) in Provincial.Where(c => path.StartsWith(c.Path, StringComparison.Ordinal)))
                yield return new Participation { CampaignId = id, ParkId = park.Id, State = ParticipationState.Implementing, History = History(ParticipationState.Implementing) };
        }
    }
}
