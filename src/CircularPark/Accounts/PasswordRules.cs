using System.Text;
using CircularPark.Identity;
using CircularPark.Localization;
using Microsoft.AspNetCore.Identity;

namespace CircularPark.Accounts;

/// <summary>
/// Passwords as OWASP ASVS level 2 (V2.1) asks: 12 to 128 characters (counted as Unicode characters, spaces and any
/// script allowed, no composition rules), not one of the 10,000 most common passwords (shipped offline:
/// <c>CommonPasswords.txt</c>), nor such a password with only digits added, nor one short piece repeated or a run of
/// consecutive characters, nor containing the name part of the account's e-mail address (ADR 0053).
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = LoadCommon();

    /// <summary>The first rule <paramref name="password"/> breaks, or null when it is acceptable for <paramref name="email"/>.</summary>
    public static Bilingual? Check(string? password, string? email)
    {
        if (string.IsNullOrEmpty(password)) return Text.Get("Password.Required");
        var length = password.EnumerateRunes().Count();
        if (length < MinLength) return Text.Get("Password.TooShort", MinLength, length);
        if (length > MaxLength) return Text.Get("Password.TooLong", MaxLength, length);
        var folded = password.ToLowerInvariant();
        if (IsCommon(folded)) return Text.Get("Password.Common");
        if (NamePart(email) is { Length: >= 3 } name && folded.Contains(name, StringComparison.Ordinal))
            return Text.Get("Password.ContainsName", name);
        return null;
    }

    /// <summary>The part of an e-mail address before the @, lower-cased.</summary>
    public static string? NamePart(string? email) =>
        email?.Trim() is { Length: > 0 } e && e.IndexOf('@', StringComparison.Ordinal) is > 0 and var at ? e[..at].ToLowerInvariant() : null;

    private static bool IsCommon(string folded)
    {
        if (Common.Contains(folded)) return true;
        var withoutDigits = folded.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return (withoutDigits.Length >= 4 && Common.Contains(withoutDigits)) || IsRepetition(folded) || IsRun(folded);
    }

    /// <summary>One piece of at most four characters repeated: "aaaaaaaaaaaa", "abcabcabcabc".</summary>
    private static bool IsRepetition(string s)
    {
        for (var unit = 1; unit <= 4 && unit < s.Length; unit++)
        {
            var repeated = true;
            for (var i = unit; i < s.Length && repeated; i++) repeated = s[i] == s[i - unit];
            if (repeated) return true;
        }
        return false;
    }

    /// <summary>Consecutive characters up or down, digits wrapping (9 → 0): "123456789012", "zyxwvutsrqpo".</summary>
    private static bool IsRun(string s)
    {
        bool Step(int direction)
        {
            for (var i = 1; i < s.Length; i++)
            {
                var expected = (char)(s[i - 1] + direction);
                if (char.IsAsciiDigit(s[i - 1])) expected = (char)('0' + ((s[i - 1] - '0' + direction + 10) % 10));
                if (s[i] != expected) return false;
            }
            return true;
        }
        return Step(1) || Step(-1);
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("CircularPark.Accounts.CommonPasswords.txt")
            ?? throw new InvalidOperationException("CommonPasswords.txt is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim().ToLowerInvariant());
        return set;
    }
}

/// <summary>
/// <see cref="PasswordRules"/> as an Identity validator, so every password Identity stores (create, change, reset) meets
/// them; the use cases check first to answer in both languages with the field named.
/// </summary>
public sealed class PasswordRulesValidator : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(PasswordRules.Check(password, user.Email) is { } broken
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordRules", Description = broken.En })
            : IdentityResult.Success);
}
