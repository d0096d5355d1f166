namespace CircularPark.Identity;

/// <summary>
/// What a permission is judged against, besides the user's role (ADR 0043). Regional users (ministry, province, city)
/// cover every region whose path starts with their own; park and enterprise users cover their own park (and enterprise).
/// </summary>
public enum ScopeRule
{
    /// <summary>Anyone, signed in or not (published lists, public results).</summary>
    Anyone,
    /// <summary>Any user of the listed roles; there is no target (their own inbox, their own account).</summary>
    Everywhere,
    /// <summary>A region (or something placed in one): it lies within the user's region.</summary>
    Region,
    /// <summary>A park's data: regional users whose region holds the park's current region; park and enterprise users of that park.</summary>
    Park,
    /// <summary>A park's step in a campaign: as <see cref="Park"/>, and the park lies within the campaign's scope.</summary>
    CampaignPark,
    /// <summary>A campaign itself (set-up, rules, publishing): the campaign's scope lies within the user's region.</summary>
    CampaignOwner,
    /// <summary>An enterprise's own entries: enterprise users of that enterprise; everyone else as <see cref="Park"/>.</summary>
    Enterprise,
    /// <summary>A plan under review: experts with an open assignment on it; everyone else as <see cref="Park"/>.</summary>
    Assignment,
}

/// <summary>A named action, the roles that may take it and the scope rule their target must meet (ADR 0043).</summary>
public sealed record Permission(string Name, ScopeRule Scope, IReadOnlyList<string> Roles)
{
    /// <summary>
    /// A grant the user's account must also hold (besides the role), e.g. <see cref="Grants.Accounts"/>: an official is
    /// an account administrator of their region only when an administrator said so (ADR 0053). Admins need no grant.
    /// </summary>
    public string? Grant { get; init; }

    public bool IsFor(string? role) => role is not null && Roles.Contains(role);

    public override string ToString() => Name;
}

/// <summary>
/// The one permissions table: every action a use case enforces and a page shows or hides, with its roles and scope rule.
/// Use cases call <see cref="AccessScope.Allows"/> with a permission from here; pages ask the same question to decide
/// which buttons to show; each API endpoint names its permission (the scope-matrix tests read them all).
/// </summary>
public static class Permissions
{
    private static readonly string[] Officials = [Roles.Admin, Roles.Ministry, Roles.Province, Roles.City];

    /// <summary>Published lists, summaries, results: no sign-in.</summary>
    public static readonly Permission Public = new("public", ScopeRule.Anyone, [.. Roles.All]);

    /// <summary>Any signed-in user, about themselves (inbox, password).</summary>
    public static readonly Permission Self = new("self", ScopeRule.Everywhere, [.. Roles.All]);

    /// <summary>A park's non-public data (statistics, plans, models, enterprises, reports).</summary>
    public static readonly Permission ParkRead = new("park.read", ScopeRule.Park, [.. Officials, Roles.Park, Roles.Enterprise]);

    /// <summary>A park's facts and own data (statistics, plans, models, enterprise register).</summary>
    public static readonly Permission ParkChange = new("park.change", ScopeRule.Park, [.. Officials, Roles.Park]);

    /// <summary>Create parks and import park lists within a region.</summary>
    public static readonly Permission ParkImport = new("park.import", ScopeRule.Region, Officials);

    /// <summary>Campaign set-up, rules, checklist, publishing (the campaign's owner).</summary>
    public static readonly Permission CampaignOwn = new("campaign.own", ScopeRule.CampaignOwner, [Roles.Admin, Roles.Ministry, Roles.Province]);

    /// <summary>The knowledge base of utilisation routes.</summary>
    public static readonly Permission RoutesEdit = new("routes.edit", ScopeRule.Everywhere, [Roles.Admin, Roles.Province]);

    /// <summary>Waste-exchange offers, needs, agreements and deliveries of an enterprise.</summary>
    public static readonly Permission ExchangeTrade = new("exchange.trade", ScopeRule.Enterprise, [.. Officials, Roles.Park, Roles.Enterprise]);

    /// <summary>
    /// Whose inbox holds an exchange waiting on a party — a proposal to agree, deliveries to confirm: the enterprise itself
    /// and its park committee. Officials may speak for the parties (<see cref="ExchangeTrade"/>) but the work is not theirs.
    /// </summary>
    public static readonly Permission ExchangeTasks = new("exchange.tasks", ScopeRule.Enterprise, [Roles.Park, Roles.Enterprise]);

    /// <summary>The audit log of a region.</summary>
    public static readonly Permission AuditRead = new("audit.read", ScopeRule.Region, [Roles.Admin, Roles.Province]);

    /// <summary>
    /// Accounts of a region: create, change role or scope, disable, enable, reset the password (ADR 0053). Which roles a
    /// manager may give is <see cref="Accounts.AccountRules"/>; the account's scope must lie within the manager's region.
    /// </summary>
    public static readonly Permission UsersManage = new("users.manage", ScopeRule.Region, [Roles.Admin, Roles.Province, Roles.City]) { Grant = Grants.Accounts };

    /// <summary>Regions administration: add, rename, merge and abolish divisions with effective dates (ADR 0052).</summary>
    public static readonly Permission RegionsManage = new("regions.manage", ScopeRule.Everywhere, [Roles.Admin]);
    /// <summary>Fund programmes (资金计划): set up and change one owned by a region within the user's (ADR 0061).</summary>
    public static readonly Permission FundsManage = new("funds.programme.manage", ScopeRule.Region, Officials);

    /// <summary>A park applies for a key project of its approved plan, and records its projects' bank credit.</summary>
    public static readonly Permission FundsApply = new("funds.apply", ScopeRule.Park, [Roles.Admin, Roles.Park]);

    /// <summary>The city reviews a park's application (or returns it); province users where no city acts.</summary>
    public static readonly Permission FundsReview = new("funds.review", ScopeRule.Park, [Roles.Admin, Roles.Province, Roles.City]);

    /// <summary>Award (or decline) from a programme: its owner (the programme's region within the user's).</summary>
    public static readonly Permission FundsAward = new("funds.award", ScopeRule.Region, Officials);

    /// <summary>Pay a tranche of an award (拨付): the programme's owner.</summary>
    public static readonly Permission FundsDisburse = new("funds.disburse", ScopeRule.Region, Officials);

    /// <summary>Record the verified investment after audit (核定): the programme's owner.</summary>
    public static readonly Permission FundsVerify = new("funds.verify", ScopeRule.Region, Officials);

    /// <summary>Settle after acceptance and record repayments of a recovery: the programme's owner.</summary>
    public static readonly Permission FundsSettle = new("funds.settle", ScopeRule.Region, Officials);

    /// <summary>A park's applications, awards and payments, and the key-project library (lists hold only the user's parks).</summary>
    public static readonly Permission FundsRead = new("funds.read", ScopeRule.Park, [.. Officials, Roles.Park]);

    /// <summary>An assessment scheme (考核办法) of a region: define, version per year (issue 17).</summary>
    public static readonly Permission AssessmentScheme = new("assessment.scheme", ScopeRule.Region, [Roles.Admin, Roles.Province, Roles.City]);

    /// <summary>A region's yearly assessment: compute, review, adjust a score with a reason, publish.</summary>
    public static readonly Permission AssessmentRun = new("assessment.run", ScopeRule.Region, [Roles.Admin, Roles.Province, Roles.City]);

    /// <summary>Schemes and assessments of a region before they are published.</summary>
    public static readonly Permission AssessmentRead = new("assessment.read", ScopeRule.Region, Officials);

    /// <summary>The parks' economics of a region, with growth, shares and roll-ups.</summary>
    public static readonly Permission EconomicsRead = new("economics.read", ScopeRule.Region, Officials);

    /// <summary>A region's own reported totals (a city's figures for all its parks, as its documents give them).</summary>
    public static readonly Permission EconomicsReport = new("economics.report", ScopeRule.Region, Officials);

    /// <summary>A park's compliance registers kept by the park: clean-production audits, planning EIA, environmental reports.</summary>
    public static readonly Permission ComplianceRecord = new("compliance.record", ScopeRule.Park, [.. Officials, Roles.Park]);

    /// <summary>Supervision of a park: energy-saving inspections and their rectification, green designations from the lists.</summary>
    public static readonly Permission ComplianceSupervise = new("compliance.supervise", ScopeRule.Park, Officials);

    /// <summary>A park's plan and its selection file: as <see cref="ParkRead"/>, and experts while their review assignment is open.</summary>
    public static readonly Permission PlanRead = new("plan.read", ScopeRule.Assignment, [.. Officials, Roles.Park, Roles.Enterprise, Roles.Expert]);

    /// <summary>
    /// Any of a park's selection steps, for the endpoints (the roles of all of them); each step's own permission is in the
    /// step table (<see cref="Reviews.Workflow.Table"/>): <see cref="SelectionApply"/>, <see cref="SelectionScreen"/>,
    /// <see cref="SelectionPanel"/>, <see cref="SelectionDecide"/>.
    /// </summary>
    public static readonly Permission SelectionStep = new("selection.step", ScopeRule.CampaignPark, [.. Officials, Roles.Park]);

    /// <summary>The park's own selection steps: apply (自愿申报) and resubmit a revised plan to the panel.</summary>
    public static readonly Permission SelectionApply = new("selection.apply", ScopeRule.CampaignPark, [Roles.Admin, Roles.Park]);

    /// <summary>初审推荐 or 退回: the city (or the province where no city acts) screens a park's application.</summary>
    public static readonly Permission SelectionScreen = new("selection.screen", ScopeRule.CampaignPark, [Roles.Admin, Roles.Province, Roles.City]);

    /// <summary>
    /// Whose inbox a park waiting for 初审推荐 lands in: the city's (and an administrator's). A province may screen too
    /// (<see cref="SelectionScreen"/>) where no city acts, but the application is not waiting for it.
    /// </summary>
    public static readonly Permission SelectionScreenTasks = new("selection.screen.tasks", ScopeRule.Region, [Roles.Admin, Roles.City]);

    /// <summary>组织专家评审: the province assigns a review panel to a park's plan.</summary>
    public static readonly Permission SelectionPanel = new("selection.panel", ScopeRule.CampaignPark, [Roles.Admin, Roles.Province]);

    /// <summary>批准 or 不予批准: the province decides on a reviewed park.</summary>
    public static readonly Permission SelectionDecide = new("selection.decide", ScopeRule.CampaignPark, [Roles.Admin, Roles.Province]);

    /// <summary>
    /// 专家意见整改落实: the park's management committee answers each numbered problem or suggestion of the expert opinion on
    /// its approved plan with what it changed (ADR 0078). The committee only: enterprises supply data, they do not answer the panel.
    /// </summary>
    public static readonly Permission FollowUpAnswer = new("selection.follow-up.answer", ScopeRule.CampaignPark, [Roles.Admin, Roles.Park]);

    /// <summary>The city confirms a park's answer to an opinion item, or returns it with a reason (parks within its region).</summary>
    public static readonly Permission FollowUpConfirm = new("selection.follow-up.confirm", ScopeRule.CampaignPark, [Roles.Admin, Roles.City]);

    /// <summary>A park's opinion items with their answers and decisions: officials whose region holds the park, and the park itself.</summary>
    public static readonly Permission FollowUpRead = new("selection.follow-up.read", ScopeRule.CampaignPark, [.. Officials, Roles.Park]);

    /// <summary>The follow-up of a campaign, park by park (counts of open, answered, confirmed and returned items): officials, their parks only.</summary>
    public static readonly Permission FollowUpOverview = new("selection.follow-up.overview", ScopeRule.Region, Officials);

    /// <summary>A city's promotion plan (推进计划) of a campaign: list its parks with their planned years, read it.</summary>
    public static readonly Permission SelectionPromotion = new("selection.promotion", ScopeRule.Region, Officials);

    /// <summary>An expert's scores and the panel chair's opinion on a plan under review: an open assignment.</summary>
    public static readonly Permission ExpertReview = new("selection.review", ScopeRule.Assignment, [Roles.Admin, Roles.Expert]);

    /// <summary>The experts' register: profiles, home regions and panel candidates (officials who assign panels).</summary>
    public static readonly Permission ExpertsManage = new("experts.manage", ScopeRule.Region, [Roles.Admin, Roles.Ministry, Roles.Province]);

    /// <summary>
    /// Any of a park's acceptance steps, for the endpoints (filing and designation too); each step's own permission is in the
    /// step table (<see cref="Acceptance.AcceptanceWorkflow.Table"/>): <see cref="AcceptanceApply"/>, <see cref="AcceptanceReview"/>,
    /// <see cref="AcceptanceFile"/>.
    /// </summary>
    public static readonly Permission AcceptanceStep = new("acceptance.step", ScopeRule.CampaignPark, [.. Officials, Roles.Park]);

    /// <summary>The park's own acceptance: self-assessment, application (提交验收申请), delay request.</summary>
    public static readonly Permission AcceptanceApply = new("acceptance.apply", ScopeRule.CampaignPark, [Roles.Admin, Roles.Park]);

    /// <summary>The review of an acceptance application: return, document review, on-site verification, expert review.</summary>
    public static readonly Permission AcceptanceReview = new("acceptance.review", ScopeRule.CampaignPark, [Roles.Admin, Roles.Province, Roles.City]);

    /// <summary>报省备案: the province files the acceptance result.</summary>
    public static readonly Permission AcceptanceFile = new("acceptance.file", ScopeRule.CampaignPark, [Roles.Admin, Roles.Province]);

    /// <summary>示范园区 at provincial level: the province names an accepted park within its region (ADR 0040).</summary>
    public static readonly Permission DemonstrationProvincial = new("acceptance.demonstration.provincial", ScopeRule.CampaignPark, [Roles.Province]);

    /// <summary>示范园区 at national level: the ministry names an accepted park (administrators act at this level too).</summary>
    public static readonly Permission DemonstrationNational = new("acceptance.demonstration.national", ScopeRule.CampaignPark, [Roles.Admin, Roles.Ministry]);

    /// <summary>Every expert's scores and comments on a park's plan (an expert sees only their own): the organising province, the ministry.</summary>
    public static readonly Permission ReviewScoresRead = new("selection.review-scores", ScopeRule.Park, [Roles.Admin, Roles.Ministry, Roles.Province]);

    /// <summary>A park's own yearly report: write the draft and submit it.</summary>
    public static readonly Permission ReportWrite = new("report.write", ScopeRule.Park, [Roles.Admin, Roles.Park]);

    /// <summary>The city accepts a park's yearly report or returns it with reasons.</summary>
    public static readonly Permission ReportCityReview = new("report.city-review", ScopeRule.Park, [Roles.Admin, Roles.City]);

    /// <summary>A city's own yearly report to the province: write the draft and submit it.</summary>
    public static readonly Permission ReportCityWrite = new("report.city-write", ScopeRule.Region, [Roles.Admin, Roles.City]);

    /// <summary>The province accepts a report (locking it), returns it with reasons, or reopens an accepted one.</summary>
    public static readonly Permission ReportProvinceReview = new("report.province-review", ScopeRule.Region, [Roles.Admin, Roles.Province]);

    /// <summary>
    /// A reporting unit's own report to the nation (a province, 计划单列市 or the 兵团; ADR 0080): write the draft and submit
    /// it. Cities hold it only for themselves, and the use case admits only a city that is a reporting unit (计划单列市).
    /// </summary>
    public static readonly Permission ReportNationWrite = new("report.nation-write", ScopeRule.Region, [Roles.Admin, Roles.Province, Roles.City]);

    /// <summary>The ministry receives a unit's report to the nation (locking it), returns it with reasons, or reopens a received one.</summary>
    public static readonly Permission ReportNationReview = new("report.nation-review", ScopeRule.Region, [Roles.Admin, Roles.Ministry]);

    /// <summary>Write an experience-library entry (典型案例) about a park: the park itself and the province over it.</summary>
    public static readonly Permission CaseWrite = new("cases.write", ScopeRule.Park, [Roles.Admin, Roles.Province, Roles.Park]);

    /// <summary>Publish an experience-library entry about a park: the province over it.</summary>
    public static readonly Permission CasePublish = new("cases.publish", ScopeRule.Park, [Roles.Admin, Roles.Province]);

    /// <summary>A reporting unit's eligibility principles and its decision per park (具备条件; 002 三(二)).</summary>
    public static readonly Permission EligibilityDecide = new("eligibility.decide", ScopeRule.Region, [Roles.Admin, Roles.Province, Roles.City]);

    /// <summary>Waste-exchange matching over a whole region (a park's own matching needs <see cref="ExchangeTrade"/> on the park).</summary>
    public static readonly Permission ExchangeMatchRegion = new("exchange.match-region", ScopeRule.Region, Officials);

    /// <summary>The monitoring overview of a region (parks by stage, national targets, reports, acceptance; ADR 0083).</summary>
    public static readonly Permission RegionOverview = new("overview.region", ScopeRule.Region, Officials);

    /// <summary>Yearly reports of a region (a city's report, timeliness, summaries for the nation, spot checks).</summary>
    public static readonly Permission RegionReports = new("reports.region", ScopeRule.Region, Officials);

    /// <summary>The indicator and data-item catalogue: new indicators with their formulas (ADR 0030).</summary>
    public static readonly Permission CatalogueEdit = new("catalogue.edit", ScopeRule.Everywhere, [Roles.Admin, Roles.Ministry, Roles.Province]);

    /// <summary>Jobs an administrator runs by hand (the reminder run).</summary>
    public static readonly Permission Operations = new("operations.run", ScopeRule.Everywhere, [Roles.Admin]);

    /// <summary>Every permission, for the scope-matrix tests and the documentation.</summary>
    public static IReadOnlyList<Permission> All { get; } = typeof(Permissions)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Permission)).Select(f => (Permission)f.GetValue(null)!).ToList();
}

/// <summary>Grants an account may hold besides its role (claim <see cref="AccessScope.GrantClaim"/>).</summary>
public static class Grants
{
    /// <summary>Administers the accounts of its region (a province's or city's account administrator).</summary>
    public const string Accounts = "accounts";
}

/// <summary>
/// What an action is taken on, as the scope rules need it: the region path where it lies (a park's current region, a
/// region acted on), the park, the enterprise, the campaign's scope and whether an expert's assignment on it is open.
/// </summary>
public sealed record ScopeTarget
{
    public static readonly ScopeTarget None = new();

    /// <summary>Region path (<see cref="Regions.Region.Path"/>) where the target lies.</summary>
    public string? RegionPath { get; init; }
    public int? ParkId { get; init; }
    public int? EnterpriseId { get; init; }
    /// <summary>Region path of the campaign's scope region.</summary>
    public string? CampaignScopePath { get; init; }
    /// <summary>An expert has an open review assignment on the target.</summary>
    public bool OpenAssignment { get; init; }

    public static ScopeTarget Park(int parkId, string? regionPath) => new() { ParkId = parkId, RegionPath = regionPath };

    public static ScopeTarget Region(string regionPath) => new() { RegionPath = regionPath };

    public static ScopeTarget Campaign(string scopePath) => new() { CampaignScopePath = scopePath };
}
