using System.Security.Cryptography;

namespace CircularPark.Accounts;

/// <summary>A random password for a new or reset account (16 characters from 54 unambiguous ones: about 92 bits).</summary>
public static class TemporaryPassword
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New(string email)
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Alphabet, 16);
            if (PasswordRules.Check(password, email) is null) return password;
        }
    }
}
