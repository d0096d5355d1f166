using CircularPark.Engines.Funds;
using CircularPark.Localization;

namespace CircularPark.Funds;

/// <summary>
/// What a step on an application carries. <see cref="Amount"/> (万元, two places): the award, the sum paid, the sum paid
/// back (left out: what the rules allow, what is payable, what is outstanding). <see cref="VerifiedInvestment"/>: the
/// investment verified after audit. <see cref="EffectiveOn"/>: the document's date (default today in China);
/// <see cref="DocumentNumber"/>: its number (文号, 拨付凭证, 审计报告, 缴款书), required for every money step.
/// </summary>
public sealed record FundStepInput(string? Reason = null, decimal? Amount = null, string? DocumentNumber = null, DateOnly? EffectiveOn = null,
    int? Tranche = null, decimal? VerifiedInvestment = null)
{
    public const int MaxReason = 900;

    private static readonly FundStep[] NeedReason = [FundStep.Return, FundStep.Review, FundStep.Reject];
    private static readonly FundStep[] NeedDocument = [FundStep.Award, FundStep.Disburse, FundStep.Verify, FundStep.Settle, FundStep.Repay];

    /// <summary>Field-keyed rule failures of the input for <paramref name="step"/>; <paramref name="earliest"/> is the date of the latest step taken.</summary>
    public Dictionary<string, Bilingual> Check(FundStep step, DateOnly today, DateOnly earliest)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (NeedReason.Contains(step) && string.IsNullOrWhiteSpace(Reason)) errors["reason"] = Text.Get("Fund.ReasonRequired");
        else if ((Reason?.Trim().Length ?? 0) > MaxReason) errors["reason"] = Text.Get("Fund.TooLong", MaxReason);
        if (NeedDocument.Contains(step) && string.IsNullOrWhiteSpace(DocumentNumber)) errors["documentNumber"] = Text.Get("Fund.DocumentRequired");
        else if ((DocumentNumber?.Trim().Length ?? 0) > 100) errors["documentNumber"] = Text.Get("Fund.TooLong", 100);
        if (EffectiveOn is { } on && on > today) errors["effectiveOn"] = Text.Get("Fund.FutureDate", on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else if ((EffectiveOn ?? today) < earliest)
            errors["effectiveOn"] = Text.Get("Fund.DateBeforeLastStep", (EffectiveOn ?? today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (Amount is { } amount && MoneyRule(amount) is { } bad) errors["amount"] = bad;
        if (step == FundStep.Verify && VerifiedInvestment is not { } verified) errors["verifiedInvestment"] = Text.Get("Fund.VerifiedRequired");
        else if (VerifiedInvestment is { } v && MoneyRule(v, allowZero: true) is { } badVerified) errors["verifiedInvestment"] = badVerified;
        return errors;
    }

    /// <summary>The rule an amount of money breaks, if any: positive (or zero where allowed), at most two decimal places, not absurdly large.</summary>
    public static Bilingual? MoneyRule(decimal amount, bool allowZero = false) =>
        amount < 0 || (amount == 0 && !allowZero) ? Text.Get("Fund.AmountPositive")
        : !Money.HasAtMostTwoPlaces(amount) ? Text.Get("Fund.TwoPlaces", amount)
        : amount > Money.Largest ? Text.Get("Fund.TooLarge")
        : null;
}
