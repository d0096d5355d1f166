using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Localization;
using CircularPark.Outcomes;

namespace CircularPark.Accounts;

/// <summary>What a bulk account file did or would do: the accounts (with temporary passwords once created) or the problems.</summary>
public sealed record AccountImportReport(bool DryRun, bool Committed, int Rows, IReadOnlyList<CreatedAccount> Accounts, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// Creates accounts from an xlsx or CSV file (one row each; columns 邮箱, 姓名, 角色, 地区, 园区, 企业, 账号管理员, 单位, in
/// Chinese or English). Every row is checked as <see cref="CreateAccount"/> checks one: a bad e-mail, an unknown region,
/// park or enterprise, a role or region outside the creator's reach, an e-mail already used (in the file or the product)
/// is a problem of that row; an unknown column is a problem of the file. A file with any problem stores nothing; a dry
/// run never stores; a clean file is stored in one transaction.
/// </summary>
public sealed class ImportAccounts(AccountStore store, AccountScopes scopes, CreateAccount create)
{
    public const int MaxRows = 1000;

    private static readonly (string Field, string[] Headers, bool Required)[] Columns =
    [
        ("email", ["邮箱", "电子邮箱", "email", "e-mail"], true),
        ("displayName", ["姓名", "名称", "name", "display name"], true),
        ("role", ["角色", "role"], true),
        ("region", ["地区", "属地", "region"], false),
        ("park", ["园区", "园区名称", "park"], false),
        ("enterprise", ["企业", "企业名称", "enterprise"], false),
        ("managesAccounts", ["账号管理员", "manages accounts"], false),
        ("organisation", ["单位", "工作单位", "organisation", "organization"], false),
    ];

    public async Task<Outcome<AccountImportReport>> ExecuteAsync(Stream file, string fileName, bool dryRun, AccessScope manager, CancellationToken ct)
    {
        if (!AccountStore.MayManage(manager)) return Failure.Forbidden;
        Table table;
        try { table = TableReader.Read(file, fileName); }
        catch (NotSupportedException) { return FileProblem(dryRun, "format", "Account.ImportFormat", Path.GetExtension(fileName)); }
        catch (TableReadException e) { return FileProblem(dryRun, "file", "Account.ImportUnreadable", e.Message); }
        var rows = table.Rows.Where(r => !r.IsBlank).ToList();
        if (rows.Count == 0) return FileProblem(dryRun, "empty-file", "Account.ImportEmpty");
        if (rows.Count > MaxRows) return FileProblem(dryRun, "too-many-rows", "Account.ImportTooManyRows", MaxRows, rows.Count);
        var (map, problems) = MapHeader(table.Header);
        if (problems.Count > 0) return new AccountImportReport(dryRun, false, rows.Count, [], problems);

        var checkedRows = new List<(AccountInput Input, ResolvedScope Scope)>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var input = Parse(row, map, problems);
            var (scope, errors) = await scopes.CheckAsync(input, manager, isNew: true, ct);
            var email = input.Email?.Trim() ?? "";
            if (!errors.ContainsKey("email") && email.Length > 0)
            {
                if (seen.TryGetValue(email, out var first)) errors["email"] = Text.Get("Account.EmailTwice", email, first);
                else if (await store.Users.FindByEmailAsync(email) is not null) errors["email"] = Text.Get("Account.EmailTaken", email);
                seen.TryAdd(email, row.Number);
            }
            foreach (var (field, message) in errors) problems.Add(ImportProblem.Of(row.Number, Header(field), field, message));
            if (scope is not null && errors.Count == 0) checkedRows.Add((input, scope));
        }
        if (problems.Count > 0 || dryRun)
            return new AccountImportReport(dryRun, false, rows.Count,
                problems.Count > 0 ? [] : [.. checkedRows.Select(r => new CreatedAccount("", r.Input.Email!.Trim(), r.Scope.Role, null))], problems);
        return await CommitAsync(checkedRows, rows.Count, manager, ct);
    }

    private async Task<Outcome<AccountImportReport>> CommitAsync(List<(AccountInput Input, ResolvedScope Scope)> rows, int count, AccessScope manager, CancellationToken ct)
    {
        var outcome = await store.InTransactionAsync<IReadOnlyList<CreatedAccount>>(async () =>
        {
            var created = new List<CreatedAccount>();
            foreach (var (input, scope) in rows)
            {
                var one = await create.CreateAsync(input, input.Email!.Trim(), scope, manager);
                if (!one.IsOk) return one.Failure!;
                created.Add(one.Value);
            }
            return created;
        }, ct);
        return outcome.IsOk ? new AccountImportReport(false, true, count, outcome.Value, []) : outcome.Failure!;
    }

    private static (Dictionary<string, int> Map, List<ImportProblem> Problems) MapHeader(IReadOnlyList<string> header)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<ImportProblem>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0) continue;
            var column = Columns.FirstOrDefault(c => c.Headers.Any(h => h.Equals(name, StringComparison.OrdinalIgnoreCase)));
            if (column.Field is null) problems.Add(ImportProblem.Of(1, name, "unknown-column", Text.Get("Account.ImportUnknownColumn", name)));
            else if (!map.TryAdd(column.Field, i)) problems.Add(ImportProblem.Of(1, name, "duplicate-column", Text.Get("Account.ImportColumnTwice", name)));
        }
        foreach (var column in Columns.Where(c => c.Required && !map.ContainsKey(c.Field)))
            problems.Add(ImportProblem.Of(1, column.Headers[0], "missing-column", Text.Get("Account.ImportMissingColumn", column.Headers[0])));
        return (map, problems);
    }

    private static AccountInput Parse(TableRow row, Dictionary<string, int> map, List<ImportProblem> problems)
    {
        string? Cell(string field) => map.TryGetValue(field, out var i) && row.Cell(i) is { Length: > 0 } v ? v : null;
        var manages = Cell("managesAccounts");
        var flag = YesNo(manages);
        if (flag is null) problems.Add(ImportProblem.Of(row.Number, Header("managesAccounts"), "managesAccounts", Text.Get("Account.ImportYesNo", manages)));
        return new AccountInput
        {
            Email = Cell("email"), DisplayName = Cell("displayName"), Role = Cell("role"), Region = Cell("region"),
            Park = Cell("park"), Enterprise = Cell("enterprise"), ManagesAccounts = flag ?? false, Organisation = Cell("organisation"),
        };
    }

    private static bool? YesNo(string? text) => text?.ToLowerInvariant() switch
    {
        null or "否" or "no" or "0" or "false" => false,
        "是" or "yes" or "1" or "true" => true,
        _ => null,
    };

    private static string Header(string field) => Columns.FirstOrDefault(c => c.Field == field).Headers?[0] ?? field;

    private static AccountImportReport FileProblem(bool dryRun, string rule, string key, params object?[] args) =>
        new(dryRun, false, 0, [], [ImportProblem.Of(0, null, rule, Text.Get(key, args))]);
}
