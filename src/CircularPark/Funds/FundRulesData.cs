using System.Globalization;
using CircularPark.Data;
using CircularPark.Engines.Funds;
using CircularPark.Localization;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>The facts the rules read from the database and the words the steps explain them with.</summary>
internal static class FundRulesData
{
    /// <summary>Whether the park had been named a demonstration park (of any level) by the end of <paramref name="on"/>.</summary>
    public static async Task<bool> IsDemonstrationAsync(AppDbContext db, int parkId, DateOnly on, CancellationToken ct)
    {
        var end = EndUtc(on);
        return await db.DemonstrationDesignations.AnyAsync(d => d.ParkId == parkId && d.DesignatedAtUtc <= end, ct);
    }

    /// <summary>The end of a Beijing day as a UTC instant (kind UTC, as PostgreSQL's timestamptz needs it).</summary>
    public static DateTime EndUtc(DateOnly day) => DateTime.SpecifyKind(ChinaTime.EndOfDayUtc(day), DateTimeKind.Utc);

    /// <summary>The highest tranche trigger a state has reached (null: nothing may be paid).</summary>
    public static TrancheTrigger? Reached(FundStatus status) => status switch
    {
        FundStatus.Awarded => TrancheTrigger.OnAward,
        FundStatus.Verified => TrancheTrigger.OnVerification,
        FundStatus.Settled => TrancheTrigger.OnAcceptance,
        _ => null,
    };

    /// <summary>Money as the messages write it: 1,234.50 万元.</summary>
    public static string Show(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>Why an amount cannot be awarded: the limit that binds, with every figure.</summary>
    public static Bilingual AboveLimit(AwardLimit limit, decimal amount) =>
        Text.Get($"Fund.AboveLimit.{limit.Binding}", Show(amount), Show(limit.Max), Show(limit.ByShare), Show(limit.ProjectCap ?? 0), Show(limit.ParkRoom ?? 0), Show(limit.Requested));

    /// <summary>The rule behind an award, for its history line.</summary>
    public static string Describe(AwardLimit limit, bool demonstration, bool green)
    {
        var bonus = (demonstration ? "，示范园区加成" : "") + (green ? "，绿色制造加成" : "");
        return $"按规则最高 {Show(limit.Max)} 万元（比例计 {Show(limit.ByShare)}{bonus}）";
    }

    public static Bilingual DescribeSettlement(Settlement s) => s.Passed
        ? Text.Get("Fund.SettledPass", Show(s.Due), Show(s.Recovery))
        : Text.Get("Fund.SettledFail", Show(s.Recovery), s.RecoveryDueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
}
