using CircularPark.Accounts;
using CircularPark.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Api;

/// <summary>
/// Accounts (ADR 0053), for administrators and the account administrators of provinces and cities within their region:
/// list with search and filters, create (the temporary password is in the answer, once), change role and scope,
/// disable, enable, reset the password, and a bulk file with a dry run. Every endpoint needs <see cref="Permissions.UsersManage"/>.
/// </summary>
internal static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization().WithProblems();
        group.MapGet("/", ListUsers).WithName(nameof(ListUsers)).Requires(Permissions.UsersManage);
        group.MapPost("/", CreateUser).WithName(nameof(CreateUser)).Requires(Permissions.UsersManage);
        group.MapGet("/{id}", GetUser).WithName(nameof(GetUser)).Requires(Permissions.UsersManage);
        group.MapPut("/{id}", ChangeUser).WithName(nameof(ChangeUser)).Requires(Permissions.UsersManage);
        group.MapPost("/{id}/disable", DisableUser).WithName(nameof(DisableUser)).Requires(Permissions.UsersManage);
        group.MapPost("/{id}/enable", EnableUser).WithName(nameof(EnableUser)).Requires(Permissions.UsersManage);
        group.MapPost("/{id}/reset-password", ResetUserPassword).WithName(nameof(ResetUserPassword)).Requires(Permissions.UsersManage);
        group.MapPost("/import", ImportUsers).WithName(nameof(ImportUsers)).DisableAntiforgery().Requires(Permissions.UsersManage);
    }

    /// <summary>A change of an account: everything but the e-mail and the password.</summary>
    public sealed record AccountChange(string? DisplayName, string? Role, string? Region, string? Park, string? Enterprise, bool ManagesAccounts, string? Organisation);

    public static async Task<Results<Ok<AccountPage>, ProblemHttpResult>> ListUsers(
        [FromQuery] string? q, [FromQuery] string? role, [FromQuery] string? region, [FromQuery] string? status, [FromQuery] int? page,
        ListAccounts list, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await list.ExecuteAsync(new AccountFilter(q, role, region, status, page ?? 1), AccessScope.From(http.User), ct));

    public static async Task<Results<Created<CreatedAccount>, ProblemHttpResult>> CreateUser(
        AccountInput input, CreateAccount create, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await create.ExecuteAsync(input, AccessScope.From(http.User), ct), a => $"/api/users/{a.Id}");

    public static async Task<Results<Ok<AccountView>, ProblemHttpResult>> GetUser(
        string id, AccountStore store, ListAccounts list, HttpContext http, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(id, AccessScope.From(http.User), ct, allowSelf: true);
        return loaded.IsOk ? OutcomeResults.Ok(await list.GetAsync(id, ct)) : OutcomeResults.Problem(loaded.Failure!);
    }

    public static async Task<Results<Ok<AccountView>, ProblemHttpResult>> ChangeUser(
        string id, AccountChange change, ChangeAccount account, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await account.ExecuteAsync(id, new AccountInput
        {
            DisplayName = change.DisplayName, Role = change.Role, Region = change.Region, Park = change.Park,
            Enterprise = change.Enterprise, ManagesAccounts = change.ManagesAccounts, Organisation = change.Organisation,
        }, AccessScope.From(http.User), ct));

    public static async Task<Results<NoContent, ProblemHttpResult>> DisableUser(string id, SetAccountEnabled set, HttpContext http, CancellationToken ct) =>
        OutcomeResults.NoContent(await set.ExecuteAsync(id, enabled: false, AccessScope.From(http.User), ct));

    public static async Task<Results<NoContent, ProblemHttpResult>> EnableUser(string id, SetAccountEnabled set, HttpContext http, CancellationToken ct) =>
        OutcomeResults.NoContent(await set.ExecuteAsync(id, enabled: true, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<CreatedAccount>, ProblemHttpResult>> ResetUserPassword(
        string id, ResetAccountPassword reset, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await reset.ExecuteAsync(id, AccessScope.From(http.User), ct));

    /// <summary>Multipart <c>file</c> (.xlsx or .csv); <c>dryRun</c> defaults to true. A commit with problems is a 422 with the report.</summary>
    public static async Task<Results<Ok<AccountImportReport>, UnprocessableEntity<AccountImportReport>, ValidationProblem, ProblemHttpResult>> ImportUsers(
        IFormFile? file, [FromQuery] bool? dryRun, ImportAccounts import, HttpContext http, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return Problems.Invalid("file", "Rule.empty-file");
        if (file.Length > ImportsApi.MaxFileBytes) return Problems.Invalid("file", "Rule.file-size", ImportsApi.MaxFileBytes / 1024 / 1024);
        await using var stream = file.OpenReadStream();
        var outcome = await import.ExecuteAsync(stream, file.FileName, dryRun ?? true, AccessScope.From(http.User), ct);
        if (!outcome.IsOk) return OutcomeResults.Problem(outcome.Failure!);
        return outcome.Value.Problems.Count > 0 && !outcome.Value.DryRun ? TypedResults.UnprocessableEntity(outcome.Value) : TypedResults.Ok(outcome.Value);
    }
}
