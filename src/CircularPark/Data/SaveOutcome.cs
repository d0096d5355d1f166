using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Data;

/// <summary>
/// The one save of a use case: a version-token clash or a unique-index clash (two users creating the same row at the same
/// moment) is <see cref="Failure.Concurrent"/> (409, reload and try again), SQLite's writer still busy past its timeout is
/// <see cref="Failure.Busy"/> (503 with Retry-After). Nothing half-written stays: the save's transaction is rolled back,
/// and the tracked changes are dropped so a retry in the same scope starts clean.
/// </summary>
public static class SaveOutcome
{
    public static async Task<Outcome> TrySaveChangesAsync(this AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Ok;
        }
        catch (DbUpdateException failure) when (failure is DbUpdateConcurrencyException || Database.IsWriteConflict(failure))
        {
            db.ChangeTracker.Clear();
            return Failure.Concurrent;
        }
        catch (Exception failure) when (Database.IsBusy(failure))
        {
            db.ChangeTracker.Clear();
            return Failure.Busy;
        }
    }

    /// <summary>Saves and, when that worked, returns <paramref name="value"/>.</summary>
    public static async Task<Outcome<T>> TrySaveChangesAsync<T>(this AppDbContext db, Func<T> value, CancellationToken ct) =>
        await db.TrySaveChangesAsync(ct) is { Failure: { } failure } ? failure : value();
}
