using System.Security.Cryptography;

namespace CircularPark.Web.Pages.Import;

/// <summary>
/// Keeps an uploaded file between its dry run and its commit, so the user confirms exactly the file that was
/// checked. Files live under the data folder for at most a day and only the uploader's token finds them.
/// </summary>
public sealed class ImportUploads(IConfiguration configuration, TimeProvider clock)
{
    private string Folder => Path.Combine(configuration["Data:Folder"] ?? "data/app", "uploads");

    public async Task<string> SaveAsync(IFormFile file, string owner, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        Sweep();
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await using var target = File.Create(PathOf(token, owner, Path.GetExtension(file.FileName)));
        await file.CopyToAsync(target, ct);
        return token;
    }

    /// <summary>The stored file of <paramref name="token"/> for <paramref name="owner"/>, or null.</summary>
    public string? Find(string token, string owner)
    {
        if (token.Length != 32 || !token.All(char.IsAsciiHexDigitLower) || !Directory.Exists(Folder)) return null;
        return Directory.EnumerateFiles(Folder, $"{token}-{Owner(owner)}.*").FirstOrDefault();
    }

    public static void Delete(string path) => File.Delete(path);

    private string PathOf(string token, string owner, string extension) =>
        Path.Combine(Folder, $"{token}-{Owner(owner)}{extension.ToLowerInvariant()}");

    private static string Owner(string owner) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(owner)))[..16].ToLowerInvariant();

    private void Sweep()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        foreach (var file in Directory.EnumerateFiles(Folder).Where(f => File.GetLastWriteTimeUtc(f) < cutoff))
            File.Delete(file);
    }
}
