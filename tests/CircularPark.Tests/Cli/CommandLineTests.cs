using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Cli;

/// <summary>The circularpark command run as a user runs it: a separate process on a real SQLite file.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("circularpark-cli-").FullName;

    [Fact]
    public async Task Migrate_seed_export_and_a_refused_import_work_from_the_command_line()
    {
        Assert.Equal(0, (await Run("db", "migrate")).Code);
        var seed = await Run("db", "seed");
        Assert.Equal(0, seed.Code);
        Assert.Contains("115 parks", seed.Output, StringComparison.Ordinal);

        var csv = Path.Combine(_folder, "summary.csv");
        var export = await Run("export", "summary", "--campaign", "sd-2018-336", "--format", "csv", "--output", csv);
        Assert.Equal(0, export.Code);
        Assert.Contains("全省合计,,合计,16,4,12,0,0,17,4,13,0,0,73,17,56,0,0,106,25,81,0,0", await File.ReadAllTextAsync(csv), StringComparison.Ordinal);

        var bad = Path.Combine(_folder, "bad.csv");
        await File.WriteAllTextAsync(bad, "园区名称,级别,属地\r\n某园区,县级,济南市\r\n", Encoding.UTF8);
        var import = await Run("import", "parks", bad, "--dry-run");
        Assert.Equal(1, import.Code);
        Assert.Contains("row      2", import.Output, StringComparison.Ordinal);
        Assert.Contains("level", import.Output, StringComparison.Ordinal);

        var compute = await Run("compute", "indicators", "--campaign", "gd-2020-923", "--year", "2023");
        Assert.Equal(0, compute.Code);
        Assert.Contains("0 of 9 parks have statistics", compute.Output, StringComparison.Ordinal);
        Assert.Equal(1, (await Run("export", "summary", "--campaign", "no-such")).Code);
        var fiveYear = await Run("export", "five-year", "--campaign", "cn-2021-1004", "--province", "440000", "--output", Path.Combine(_folder, "five-year.docx"));
        Assert.Equal(0, fiveYear.Code);
        Assert.Contains("2022–2025", fiveYear.Output, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(_folder, "five-year.docx")).Length > 0);
        Assert.Equal(1, (await Run("export", "five-year", "--campaign", "gd-2020-923", "--province", "440000")).Code); // no park yearly reports scheduled
        var missing = await Run("import", "parks", Path.Combine(_folder, "no-such.csv"));
        Assert.NotEqual(0, missing.Code);
        Assert.Contains("no-such.csv", missing.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selection_steps_run_in_bulk_and_a_refused_step_says_why()
    {
        Assert.Equal(0, (await Run("db", "migrate")).Code);
        Assert.Equal(0, (await Run("db", "seed")).Code);
        var parks = Path.Combine(_folder, "parks.txt");
        await File.WriteAllTextAsync(parks, "银星科技园（深圳）\n没有这个园区\n", Encoding.UTF8);

        var recommend = await Run("selection", "recommend", "--campaign", "gd-2020-923", "--city", "441800", "--parks", parks);
        var assign = await Run("selection", "assign", "--campaign", "gd-2020-923", "--park", "英德市英红工业园", "--expert", "nobody@demo.cn", "--chair", "nobody@demo.cn");
        // Shandong's 2018 plan names parks but publishes no list through this product; Guangdong's notice is its own document (seeded as published).
        var early = await Run("selection", "notice", "--campaign", "sd-2018-336", "--out", Path.Combine(_folder, "early.docx"));
        var publish = await Run("selection", "publish", "--campaign", "gd-2020-923", "--number", "粤工信节能函〔2020〕923 号", "--date", "2020-09-28");
        var docx = Path.Combine(_folder, "notice.docx");
        var notice = await Run("selection", "notice", "--campaign", "gd-2020-923", "--out", docx);

        Assert.Equal(1, recommend.Code);
        Assert.Contains("refused  银星科技园（深圳）", recommend.Output, StringComparison.Ordinal);
        Assert.Contains("没有这个园区", recommend.Output, StringComparison.Ordinal);
        Assert.Equal(1, assign.Code);
        Assert.Contains("已批准", assign.Output, StringComparison.Ordinal);
        Assert.Equal(1, early.Code);
        Assert.Equal(0, publish.Code);
        Assert.Contains("ok       gd-2020-923", publish.Output, StringComparison.Ordinal);
        Assert.Equal(0, notice.Code);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("粤工信节能函〔2020〕923 号", text, StringComparison.Ordinal);
        Assert.Contains("英德市英红工业园", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_administrator_is_made_from_the_command_line_and_accounts_are_managed_there()
    {
        Assert.Equal(0, (await Run("db", "migrate")).Code);
        Assert.Equal(0, (await Run("db", "seed")).Code);

        var admin = await Run("users", "add", "root@gov.cn", "--role", "admin", "--name", "系统管理员");
        var city = await Run("users", "add", "suzhou@gov.cn", "--role", "city", "--name", "苏州市工业和信息化局", "--region", "苏州市");
        var bad = await Run("users", "add", "not-an-address", "--role", "city", "--name", "某局", "--region", "火星市");
        var moved = await Run("users", "set-role", "suzhou@gov.cn", "--role", "province", "--region", "320000", "--manages-accounts");
        var disabled = await Run("users", "disable", "suzhou@gov.cn");
        var listed = await Run("users", "list", "--status", "disabled");
        var enabled = await Run("users", "enable", "suzhou@gov.cn");
        var reset = await Run("users", "reset-password", "suzhou@gov.cn");
        var unknown = await Run("users", "disable", "nobody@gov.cn");

        Assert.Equal(0, admin.Code);
        Assert.Matches("temporary password: [A-Za-z0-9]{16}", admin.Output);
        Assert.Equal(0, city.Code);
        Assert.Equal(1, bad.Code);
        Assert.Contains("email: “not-an-address”不是有效的邮箱地址", bad.Output, StringComparison.Ordinal);
        Assert.Contains("region:", bad.Output, StringComparison.Ordinal);
        Assert.Equal(0, moved.Code);
        Assert.Contains("province 江苏省", moved.Output, StringComparison.Ordinal);
        Assert.Equal(0, disabled.Code);
        Assert.Contains("suzhou@gov.cn", listed.Output, StringComparison.Ordinal);
        Assert.Contains("[disabled]", listed.Output, StringComparison.Ordinal);
        Assert.Contains("[account administrator]", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("root@gov.cn", listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, enabled.Code);
        Assert.Equal(0, reset.Code);
        Assert.Matches("temporary password: [A-Za-z0-9]{16}", reset.Output);
        Assert.Equal(1, unknown.Code);
        Assert.Contains("没有账号 nobody@gov.cn", unknown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funds_awards_are_checked_in_a_dry_run_stored_from_a_file_and_exported()
    {
        Assert.Equal(0, (await Run("db", "migrate")).Code);
        Assert.Equal(0, (await Run("db", "seed")).Code);
        await Funds.FundsCliData.ReviewedApplicationAsync(Path.Combine(_folder, "cli.db"), "gd-cli-fund");
        var awards = Path.Combine(_folder, "awards.csv");
        await File.WriteAllTextAsync(awards, "园区名称,项目编号,安排金额（万元）,文号,下达日期\r\n英德市英红工业园,P01,950,粤财工〔2025〕30 号,2025-01-01\r\n", Encoding.UTF8);
        var refused = await Run("funds", "awards", awards, "--programme", "gd-cli-fund", "--dry-run");
        await File.WriteAllTextAsync(awards, "园区名称,项目编号,安排金额（万元）,文号,下达日期\r\n英德市英红工业园,P01,900,粤财工〔2025〕30 号,2025-01-01\r\n", Encoding.UTF8);
        var dry = await Run("funds", "awards", awards, "--programme", "gd-cli-fund", "--dry-run");
        var stored = await Run("funds", "awards", awards, "--programme", "gd-cli-fund");
        var export = await Run("funds", "export", "--programme", "gd-cli-fund", "--output", Path.Combine(_folder, "funds.xlsx"));

        Assert.Equal(1, refused.Code);
        Assert.Contains("超过规则允许的最高额 900.00 万元", refused.Output, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), (dry.Code, stored.Code, export.Code));
        Assert.Contains("Dry run, nothing stored: 1 rows.", dry.Output, StringComparison.Ordinal);
        Assert.Contains("Stored: 1 rows.", stored.Output, StringComparison.Ordinal);
        Assert.Contains("1 projects, awarded 900.00, paid 0.00", export.Output, StringComparison.Ordinal);
        Assert.Equal(1, (await Run("funds", "export", "--programme", "no-such")).Code);
    }

    [Fact]
    public async Task A_published_acceptance_notice_is_checked_in_a_dry_run_then_recorded_once_from_the_command_line()
    {
        Assert.Equal(0, (await Run("db", "migrate")).Code);
        Assert.Equal(0, (await Run("db", "seed")).Code);
        var notice = Path.Combine(_folder, "notice.csv");
        await File.WriteAllTextAsync(notice, "园区名称,验收结论\r\n英德市英红工业园,良好\r\n", Encoding.UTF8);
        var bad = Path.Combine(_folder, "bad-notice.csv");
        await File.WriteAllTextAsync(bad, "园区名称,验收结论\r\n英德市英红工业园,特优\r\n", Encoding.UTF8);
        string[] options = ["--campaign", "gd-2020-923", "--number", "粤工信节能函〔2020〕123号", "--date", "2020-12-18"];

        var refused = await Run(["acceptance", "results", "import", bad, .. options]);
        var dry = await Run(["acceptance", "results", "import", notice, .. options, "--dry-run"]);
        var stored = await Run(["acceptance", "results", "import", notice, .. options]);
        var again = await Run(["acceptance", "results", "import", notice, .. options]);

        Assert.Equal((1, 0, 0, 0), (refused.Code, dry.Code, stored.Code, again.Code));
        Assert.Contains("published-grade", refused.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run, nothing stored: 1 rows.", dry.Output, StringComparison.Ordinal);
        Assert.Contains("英德市英红工业园  良好  粤工信节能函〔2020〕123号  2020-12-18  Created", stored.Output, StringComparison.Ordinal);
        Assert.Contains("Unchanged", again.Output, StringComparison.Ordinal);
        var database = new DbContextOptionsBuilder<CircularPark.Data.AppDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "cli.db")}", o => o.MigrationsAssembly(CircularPark.Data.Database.SqliteMigrations)).Options;
        await using var db = new CircularPark.Data.AppDbContext(database, TimeProvider.System, new CircularPark.Auditing.FixedActor("test"));
        Assert.Equal(1, await db.PublishedAcceptanceResults.CountAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Every_command_has_help()
    {
        foreach (var command in new[] { new[] { "--help" }, ["db", "seed", "--help"], ["import", "parks", "--help"], ["import", "statistics", "--help"],
                     ["export", "summary", "--help"], ["selection", "recommend", "--help"], ["selection", "assign", "--help"],
                     ["selection", "publish", "--help"], ["selection", "notice", "--help"], ["compute", "indicators", "--help"], ["check", "statistics", "--help"],
                     ["users", "add", "--help"], ["users", "list", "--help"], ["users", "disable", "--help"], ["users", "enable", "--help"],
                     ["users", "reset-password", "--help"], ["users", "set-role", "--help"],
                     ["funds", "awards", "--help"], ["funds", "disbursements", "--help"], ["funds", "export", "--help"],
                     ["acceptance", "results", "import", "--help"] })
        {
            var result = await Run(command);
            Assert.Equal(0, result.Code);
            Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Regions_are_listed_renamed_merged_and_refused_from_the_command_line_and_each_change_is_audited()
    {
        Assert.Equal(0, (await Run("db", "migrate")).Code);
        Assert.Equal(0, (await Run("db", "seed")).Code);

        var list = await Run("regions", "list", "--q", "红河州", "--as-of", "2024-06-01");
        var add = await Run("regions", "add", "530199", "--name", "测试区", "--parent", "530100", "--on", "2024-01-01");
        var rename = await Run("regions", "rename", "530199", "--name", "测试新区", "--on", "2025-01-01");
        var merge = await Run("regions", "merge", "530199", "--into", "530102", "--on", "2026-01-01");
        var refused = await Run("regions", "abolish", "530100", "--on", "2026-01-01");
        var history = await Run("regions", "list", "--q", "5301", "--take", "200");

        Assert.Contains("532500  云南省红河哈尼族彝族自治州", list.Output, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 1), (add.Code, rename.Code, merge.Code, refused.Code));
        Assert.Contains("/000000/530000/530100/530199/", add.Output, StringComparison.Ordinal);
        Assert.Contains("refused", refused.Output, StringComparison.Ordinal);
        Assert.Contains("2024-01-01 – 2025-01-01", history.Output, StringComparison.Ordinal);
        Assert.Contains("2025-01-01 – 2026-01-01", history.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regions_reported_totals_load_from_a_file_and_an_assessment_computes_and_exports_from_the_command_line()
    {
        Assert.Equal(0, (await Run("db", "migrate")).Code);
        Assert.Equal(0, (await Run("db", "seed")).Code);
        var file = Path.Combine(_folder, "reported.csv");
        await File.WriteAllTextAsync(file, "region,year,scope,code,value,unit,reported_growth_percent,reported_share_percent,source,quote\n"
            + "441800,2022,parks,FAI,100,亿元,8.5,,清远测试,全市园区完成固定资产投资100亿元\n441800,2022,parks,FAI_IND,60,亿元,,,清远测试,其中工业投资60亿元\n"
            + "441800,2022,parks,FAI_INFRA,45,亿元,,,清远测试,基础设施配套投资45亿元\n", Encoding.UTF8);
        var reported = await Run("assessment", "reported", file);
        Assert.Equal(0, reported.Code);
        Assert.Contains("441800 2022: 3 figures stored", reported.Output, StringComparison.Ordinal);
        Assert.Contains("⚠", reported.Output, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, "region,year,scope,code,value,unit,reported_growth_percent,reported_share_percent,source,quote\n441800,2022,parks,FAI,-1,亿元,,,,\n", Encoding.UTF8);
        Assert.Equal(1, (await Run("assessment", "reported", file)).Code);

        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<CircularPark.Data.AppDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "cli.db")}", o => o.MigrationsAssembly(CircularPark.Data.Database.SqliteMigrations)).Options;
        await using (var db = new CircularPark.Data.AppDbContext(options, TimeProvider.System, new CircularPark.Auditing.FixedActor("test")))
        {
            var scheme = new Assessments.SchemeInput(2022, "园区考核（命令行测试）", null, null, Engines.Assessment.MissingDataRule.ScoreZero, Engines.Assessment.TieRule.SharedRank,
                [new("eia", "规划环评", null, Engines.Assessment.ItemCategory.Compliance, "eia-valid", 100, Engines.Assessment.ScoringMethod.PassFail, Threshold: 1)], []);
            var saved = await new Assessments.SaveScheme(db, new Indicators.IndicatorCatalog(db)).ExecuteAsync("441800", null, scheme, new CircularPark.Identity.AccessScope(CircularPark.Identity.Roles.Admin, null, null, "test"));
            Assert.True(saved.IsOk);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var compute = await Run("assessment", "compute", "--scheme", "1");
        Assert.Equal(0, compute.Code);
        Assert.Contains("清远市2022年度园区考核（命令行测试）结果", compute.Output, StringComparison.Ordinal);
        Assert.Contains("   1     0.00  英德市英红工业园", compute.Output, StringComparison.Ordinal);
        var docx = Path.Combine(_folder, "notice.docx");
        Assert.Equal(0, (await Run("assessment", "export", "--scheme", "1", "--output", docx)).Code);
        Assert.True(new FileInfo(docx).Length > 0);
        var missing = await Run("assessment", "compute", "--scheme", "99");
        Assert.Equal(1, missing.Code);
        Assert.Contains("没有编号为 99 的考核方案", missing.Output, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output)> Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CircularPark.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["CIRCULARPARK_ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(_folder, "cli.db")}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
