using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Time;

namespace CircularPark.Funds;

/// <summary>What a step did: the application's new state and figures, and for a verification the award before and after.</summary>
public sealed record FundStepDone(int ApplicationId, FundStatus Status, decimal Award, decimal Paid, decimal Repaid, decimal RecoveryOrdered,
    decimal? AwardBefore = null, decimal? Difference = null, decimal? Due = null);

/// <summary>
/// Takes a step on an application after the one table's checks (404 unknown or out of sight → 403 role or scope →
/// 409 state) and the input's (400): the city's review or return, the owner's award or refusal, a tranche paid, the
/// verified investment, the settlement after acceptance, a repayment. The step, the application and the programme's
/// committed total are saved together by the one save: a clash with another official's step is a 409, nothing half-written.
/// </summary>
public sealed class TakeFundStep(AppDbContext db)
{
    public async Task<Outcome<FundStepDone>> ExecuteAsync(int applicationId, FundStep step, FundStepInput input, AccessScope user, CancellationToken ct = default)
    {
        if (step == FundStep.Apply) return Failure.NotFound("Fund.NoSuchStep", step);
        var loaded = await FundContext.LoadAsync(db, applicationId, user, ct);
        if (!loaded.IsOk) return loaded.Failure!;
        var context = loaded.Value;
        if (FundSteps.Refuse(step, context.Application.Status, user, context.Target) is { } refused) return refused;
        var errors = input.Check(step, context.Today, context.Application.LastEffectiveOn);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var money = new FundMoneySteps(db, context, user, input);
        var done = step switch
        {
            FundStep.Return => Decide(context, user, input, step, FundStatus.Returned),
            FundStep.Review => Decide(context, user, input, step, FundStatus.Reviewed),
            FundStep.Reject => Decide(context, user, input, step, FundStatus.Rejected),
            FundStep.Award => await money.AwardAsync(ct),
            FundStep.Disburse => money.Disburse(),
            FundStep.Verify => money.Verify(),
            FundStep.Settle => await money.SettleAsync(ct),
            _ => money.Repay(),
        };
        if (!done.IsOk) return done.Failure!;
        context.Recommit();
        return await db.TrySaveChangesAsync(() => done.Value, ct);
    }

    private Outcome<FundStepDone> Decide(FundContext context, AccessScope user, FundStepInput input, FundStep step, FundStatus to)
    {
        var application = context.Application;
        application.Status = to;
        context.Record(step, user, db.Clock.UtcNow(), input, null, input.Reason!.Trim());
        return FundMoneySteps.Done(application);
    }
}

/// <summary>The steps that move money or change what the programme holds, by the programme's rules (<see cref="Engines.Funds.FundLedger"/>).</summary>
internal sealed class FundMoneySteps(AppDbContext db, FundContext context, AccessScope user, FundStepInput input)
{
    private FundApplication Application => context.Application;

    private DateTime Now => db.Clock.UtcNow();

    private DateOnly On => input.EffectiveOn ?? context.Today;

    public static FundStepDone Done(FundApplication a, decimal? before = null, decimal? difference = null, decimal? due = null) =>
        new(a.Id, a.Status, a.Award, a.Paid, a.Repaid, a.RecoveryOrdered, before, difference, due);

    public async Task<Outcome<FundStepDone>> AwardAsync(CancellationToken ct)
    {
        var demonstration = await FundRulesData.IsDemonstrationAsync(db, Application.ParkId, On, ct);
        var limit = Engines.Funds.FundLedger.MaxAward(context.Programme.Rules(), Application.EligibleInvestment, Application.Requested, demonstration,
            Application.HasGreenDesignation, context.ParkCommitted);
        var amount = input.Amount ?? limit.Max;
        if (limit.Max <= 0 || amount > limit.Max) return Failure.Conflict(FundRulesData.AboveLimit(limit, amount), Application.Status.ToString());
        var remaining = context.Programme.Budget - context.Committed;
        if (amount > remaining)
            return Failure.Conflict(Text.Get("Fund.AboveBudget", FundRulesData.Show(amount), FundRulesData.Show(context.Programme.Budget), FundRulesData.Show(remaining)),
                Application.Status.ToString());
        (Application.Award, Application.AwardAsMade, Application.Demonstration, Application.Status) = (amount, amount, demonstration, FundStatus.Awarded);
        context.Record(FundStep.Award, user, Now, input, amount, Reason(FundRulesData.Describe(limit, demonstration, Application.HasGreenDesignation)));
        return Done(Application);
    }

    public Outcome<FundStepDone> Disburse()
    {
        var tranches = context.Programme.Rules().Tranches;
        var reached = FundRulesData.Reached(Application.Status);
        var paid = Application.PaidByTranche(tranches.Count);
        var number = input.Tranche ?? Enumerable.Range(1, tranches.Count).FirstOrDefault(n => Engines.Funds.FundLedger.Payable(Application.Award, tranches, paid, n - 1, reached) > 0);
        if (input.Tranche is null && number == 0) return Failure.Conflict(Text.Get("Fund.NothingPayable"), Application.Status.ToString());
        if (number < 1 || number > tranches.Count) return Failure.Invalid("tranche", "Fund.NoSuchTranche", number, tranches.Count);
        var tranche = tranches[number - 1];
        if (reached is not { } r || tranche.Trigger > r)
            return Failure.Conflict(Text.Get("Fund.TrancheNotDue", number, Text.Label(tranche.Trigger).Zh, Text.Label(tranche.Trigger).En), Application.Status.ToString());
        var payable = Engines.Funds.FundLedger.Payable(Application.Award, tranches, paid, number - 1, reached);
        var amount = input.Amount ?? payable;
        if (payable <= 0 || amount > payable)
            return Failure.Conflict(Text.Get("Fund.AbovePayable", number, FundRulesData.Show(amount), FundRulesData.Show(payable)), Application.Status.ToString());
        context.Record(FundStep.Disburse, user, Now, input, amount, Reason(""), number);
        return Done(Application);
    }

    public Outcome<FundStepDone> Verify()
    {
        var verified = input.VerifiedInvestment!.Value;
        var change = Engines.Funds.FundLedger.Recompute(context.Programme.Rules(), Application.Award, verified, Application.Demonstration, Application.HasGreenDesignation);
        (Application.VerifiedInvestment, Application.Award, Application.Status) = (verified, change.After, FundStatus.Verified);
        context.Record(FundStep.Verify, user, Now, input, verified,
            Reason(Text.Get("Fund.Recomputed", FundRulesData.Show(verified), FundRulesData.Show(change.Before), FundRulesData.Show(change.After), FundRulesData.Show(change.Difference)).Zh));
        return Done(Application, change.Before, change.Difference);
    }

    public async Task<Outcome<FundStepDone>> SettleAsync(CancellationToken ct)
    {
        var basis = await SettlementBasis.LoadAsync(db, Application, ct);
        if (basis.Passed is not { } passed) return Failure.Conflict(basis.Explain, Application.Status.ToString());
        if (basis.DecidedOn is { } decided && On < decided)
            return Failure.Invalid("effectiveOn", "Fund.BeforeAcceptance", On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                decided.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var settlement = Engines.Funds.FundLedger.Settle(context.Programme.Rules(), passed, Application.Award, Application.Paid, On);
        (Application.Passed, Application.RecoveryOrdered, Application.RecoveryDueOn) = (passed, settlement.Recovery, settlement.RecoveryDueOn);
        Application.Status = settlement.Recovery > 0 ? FundStatus.RecoveryOrdered : FundStatus.Settled;
        context.Record(FundStep.Settle, user, Now, input, settlement.Recovery > 0 ? settlement.Recovery : settlement.Due,
            Reason($"{basis.Explain.Zh}；{FundRulesData.DescribeSettlement(settlement).Zh}"));
        return Done(Application, due: settlement.Due);
    }

    public Outcome<FundStepDone> Repay()
    {
        var outstanding = Application.RecoveryOrdered - Application.Repaid;
        var amount = input.Amount ?? outstanding;
        if (amount > outstanding)
            return Failure.Conflict(Text.Get("Fund.AboveOutstanding", FundRulesData.Show(amount), FundRulesData.Show(outstanding)), Application.Status.ToString());
        if (amount == outstanding) Application.Status = FundStatus.Recovered;
        context.Record(FundStep.Repay, user, Now, input, amount, Reason(""));
        return Done(Application);
    }

    private string Reason(string rule) =>
        string.Join("；", new[] { input.Reason?.Trim(), rule }.Where(s => !string.IsNullOrEmpty(s)));
}
