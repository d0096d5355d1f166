using CircularPark.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Accounts;

/// <summary>Registers the account use cases and the password rules; the host adds Identity (cookies for the web, core for the CLI).</summary>
public static class AccountsSetup
{
    public static IServiceCollection AddCircularParkAccounts(this IServiceCollection services)
    {
        services.AddScoped<AccountStore>();
        services.AddScoped<AccountScopes>();
        services.AddScoped<CreateAccount>();
        services.AddScoped<ChangeAccount>();
        services.AddScoped<SetAccountEnabled>();
        services.AddScoped<ResetAccountPassword>();
        services.AddScoped<ListAccounts>();
        services.AddScoped<ImportAccounts>();
        services.AddScoped<ChangeOwnPassword>();
        services.AddScoped<CheckSignIn>();
        services.AddScoped<IPasswordValidator<AppUser>, PasswordRulesValidator>();
        return services;
    }

    /// <summary>Identity options shared by web and CLI: the password rules are <see cref="PasswordRules"/>; no Identity lockout (ADR 0055).</summary>
    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = PasswordRules.MinLength;
        o.Password.RequiredUniqueChars = 1;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.AllowedForNewUsers = false;
        o.User.RequireUniqueEmail = true;
        o.User.AllowedUserNameCharacters = "";
    }
}
