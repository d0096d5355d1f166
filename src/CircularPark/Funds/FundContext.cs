using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>
/// Everything a step on an application starts from, tracked: the application with its events, its programme (rules,
/// budget, owner region), every other application of the programme (the budget and the park's cap are sums over them),
/// the park's place, and today in China.
/// </summary>
internal sealed record FundContext(FundApplication Application, FundProgramme Programme, IReadOnlyList<FundApplication> Siblings, FundPark Park, DateOnly Today)
{
    public FundTarget Target => new(Park.Id, Park.Path, Programme.OwnerRegion!.Path, $"{Park.Name} {Application.ProjectKey} {Application.ProjectName}");

    /// <summary>
    /// Loads the context after the checks every step makes: the application exists and the user may read its park's
    /// funds (404 otherwise, so its existence is not revealed).
    /// </summary>
    public static async Task<Outcome<FundContext>> LoadAsync(AppDbContext db, int applicationId, AccessScope user, CancellationToken ct)
    {
        var application = await db.FundApplications.Include(a => a.Events).Include(a => a.Programme!).ThenInclude(p => p.OwnerRegion)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null) return Failure.NotFound("Fund.NotFound", applicationId);
        var park = await FundPlaces.ParkAsync(db, application.ParkId, ct);
        if (park is null || !user.Allows(Permissions.FundsRead, ScopeTarget.Park(park.Id, park.Path))) return Failure.NotFound("Fund.NotFound", applicationId);
        var siblings = await db.FundApplications.Include(a => a.Events).Where(a => a.ProgrammeId == application.ProgrammeId && a.Id != application.Id)
            .AsSplitQuery().ToListAsync(ct);
        return new FundContext(application, application.Programme!, siblings, park, db.Clock.Today());
    }

    /// <summary>What every project of the programme holds, this one included.</summary>
    public decimal Committed => Siblings.Sum(s => s.Commitment) + Application.Commitment;

    /// <summary>What the park's other projects hold of the programme (for the cap per park).</summary>
    public decimal ParkCommitted => Siblings.Where(s => s.ParkId == Application.ParkId).Sum(s => s.Commitment);

    /// <summary>
    /// Writes the programme's committed total from its rows. A change updates the programme's row under its version token,
    /// so of two awards saved at the same moment one is refused (409) instead of both passing the budget check.
    /// </summary>
    public void Recommit() => Programme.Committed = Committed;

    /// <summary>Appends the step to the history (who, when recorded, effective date, document, amount, award after it).</summary>
    public void Record(FundStep step, AccessScope user, DateTime atUtc, FundStepInput input, decimal? amount, string reason, int? tranche = null) =>
        Application.Events.Add(new FundEvent
        {
            Step = step, Actor = user.Name, AtUtc = atUtc, EffectiveOn = input.EffectiveOn ?? Today, DocumentNumber = Clean(input.DocumentNumber),
            Amount = amount, Tranche = tranche, AwardAfter = Application.Award, Reason = reason,
        });

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
