using System.Security.Cryptography;
using CircularPark.Data;
using CircularPark.Imports;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Import;

/// <summary>
/// Keeps an uploaded file between its dry run and its commit, so the user confirms exactly the file that was checked.
/// Files are rows of the database (<see cref="HeldUpload"/>), so the commit may reach another web node than the dry run
/// (ADR 0084); they are kept at most a day and only the uploader's token finds them.
/// </summary>
public sealed class ImportUploads(AppDbContext db, TimeProvider clock)
{
    public async Task<string> SaveAsync(IFormFile file, string owner, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        await db.HeldUploads.Where(u => u.CreatedAtUtc < cutoff).ExecuteDeleteAsync(ct);
        using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var row = new HeldUpload
        {
            Token = token, Owner = Owner(owner), FileName = Path.GetFileName(file.FileName)[..Math.Min(260, Path.GetFileName(file.FileName).Length)],
            Content = content.ToArray(), CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.HeldUploads.Add(row);
        await db.SaveChangesAsync(ct);
        db.Entry(row).State = EntityState.Detached;
        return token;
    }

    /// <summary>The stored file of <paramref name="token"/> for <paramref name="owner"/>, or null.</summary>
    public async Task<Stream?> OpenAsync(string token, string owner, CancellationToken ct)
    {
        if (token.Length != 32 || !token.All(char.IsAsciiHexDigitLower)) return null;
        var hashed = Owner(owner);
        var content = await db.HeldUploads.AsNoTracking().Where(u => u.Token == token && u.Owner == hashed).Select(u => u.Content).SingleOrDefaultAsync(ct);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    /// <summary>Forgets the file once its import is committed.</summary>
    public Task DeleteAsync(string token, string owner, CancellationToken ct)
    {
        var hashed = Owner(owner);
        return db.HeldUploads.Where(u => u.Token == token && u.Owner == hashed).ExecuteDeleteAsync(ct);
    }

    private static string Owner(string owner) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(owner)))[..16].ToLowerInvariant();
}
