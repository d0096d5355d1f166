using System.Text.RegularExpressions;
using CircularPark.Imports;
using CircularPark.Localization;

namespace CircularPark.Enterprises;

/// <summary>One enterprise of an import: its stored entity (null when new), the draft to write and, per draft stream,
/// the users the workbook names (streams without named users keep theirs).</summary>
internal sealed record ImportedEnterprise(Enterprise? Stored, EnterpriseDraft Draft, IReadOnlyDictionary<StreamDraft, IReadOnlyList<(string? User, string? Outside, double? Quantity)>> Uses);

/// <summary>
/// Builds one draft per enterprise from the two sheets and what is stored (empty cells keep stored values; streams
/// and inputs the workbook leaves out stay), checks each with <see cref="EnterpriseRules"/> and reports every broken
/// rule on the row and column it comes from.
/// </summary>
internal sealed partial class EnterpriseImportAssembler(
    IReadOnlyDictionary<string, Enterprise> stored, SheetColumns enterpriseColumns, SheetColumns streamColumns, List<ImportProblem> problems)
{
    private static readonly Dictionary<string, string> FactColumns = new()
    {
        ["name"] = "Name", ["industryCode"] = "IndustryCode", ["latitude"] = "Latitude", ["longitude"] = "Longitude",
        ["address"] = "Address", ["permitNumber"] = "PermitNumber", ["permitScope"] = "PermitScope",
    };

    private static readonly Dictionary<string, string> StreamFields = new()
    {
        ["name"] = "Name", ["materialCode"] = "MaterialCode", ["quantity"] = "Quantity", ["unit"] = "Unit", ["kind"] = "Kind",
        ["materialCategory"] = "Category", ["hazardCode"] = "HazardCode", ["solidWasteCode"] = "SolidWasteCode",
        ["enterpriseId"] = "User", ["outsideUser"] = "OutsideUser", ["uses"] = "UserQuantity", ["quantity@use"] = "UserQuantity",
    };

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public List<ImportedEnterprise> Assemble(List<EnterpriseCells> enterprises, List<StreamCells> streams)
    {
        foreach (var (name, e) in stored) _ids[name] = e.Id;
        foreach (var c in enterprises) _ids.TryAdd(c.Name, -1 - _ids.Count);
        var groups = Group(streams);
        var result = new List<ImportedEnterprise>();
        var sheetRows = enterprises.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var name in enterprises.Select(c => c.Name).Concat(groups.Select(g => g[0].Enterprise)).Distinct(StringComparer.Ordinal))
        {
            if (!_ids.ContainsKey(name)) continue; // reported by Group
            var imported = Draft(name, sheetRows.GetValueOrDefault(name), stored.GetValueOrDefault(name), [.. groups.Where(g => g[0].Enterprise == name)], out var rowOf);
            var check = EnterpriseRules.Check(imported.Draft, _ids.Where(x => x.Key != name).Select(x => x.Value).ToHashSet());
            foreach (var (key, message) in check.Errors)
                problems.Add(Locate(key, check.Rules[key], message, sheetRows.GetValueOrDefault(name)?.Row ?? 0, rowOf));
            result.Add(imported);
        }
        return result;
    }

    /// <summary>Rows of the same stream (enterprise, direction, material code) together; repeated rows must agree.</summary>
    private List<List<StreamCells>> Group(List<StreamCells> streams)
    {
        var groups = new List<List<StreamCells>>();
        foreach (var g in streams.GroupBy(s => (s.Enterprise, s.Direction, s.MaterialCode)))
        {
            var rows = g.ToList();
            var known = _ids.ContainsKey(g.Key.Enterprise);
            if (!known) problems.Add(streamColumns.Problem(rows[0].Row, "Enterprise", "unknown-park-enterprise", g.Key.Enterprise));
            foreach (var row in rows.Skip(1).Where(r => !Equals(r.Stream, rows[0].Stream)))
                problems.Add(streamColumns.Problem(row.Row, "MaterialCode", "conflicting-row", row.MaterialCode, rows[0].Row.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            foreach (var row in rows.Where(r => r.User is { } u && !_ids.ContainsKey(u)))
                problems.Add(streamColumns.Problem(row.Row, "User", "unknown-park-enterprise", row.User!));
            if (known) groups.Add(rows);
        }
        return groups;
    }

    private ImportedEnterprise Draft(string name, EnterpriseCells? c, Enterprise? e, List<List<StreamCells>> groups, out Dictionary<string, int> rowOf)
    {
        rowOf = [];
        var draft = new EnterpriseDraft
        {
            Name = name, IndustryCode = c?.IndustryCode ?? e?.IndustryCode ?? "", Latitude = c?.Latitude ?? e?.Latitude, Longitude = c?.Longitude ?? e?.Longitude,
            Address = c?.Address ?? e?.Address, PermitNumber = c?.PermitNumber ?? e?.PermitNumber, PermitScope = c?.PermitScope ?? e?.PermitScope,
            PermitValidTo = c?.PermitValidTo ?? e?.PermitValidTo,
        };
        var uses = new Dictionary<StreamDraft, IReadOnlyList<(string?, string?, double?)>>();
        foreach (var rows in groups.Where(g => g[0].Direction == StreamDirection.Output))
        {
            var (first, old) = (rows[0], e?.Streams.FirstOrDefault(s => s.MaterialCode == rows[0].MaterialCode));
            // A row naming an unknown user is already reported (Group); its use is left out here.
            var named = rows.Where(r => (r.User is not null && _ids.ContainsKey(r.User)) || (r.User is null && r.OutsideUser is not null)).ToList();
            var stream = new StreamDraft
            {
                Name = first.Name, Kind = first.Kind!.Value, MaterialCode = first.MaterialCode, MaterialCategory = first.Category ?? old?.MaterialCategory,
                Quantity = first.Quantity, Unit = first.Unit, HazardCode = first.HazardCode ?? old?.HazardCode, SolidWasteCode = first.SolidWasteCode ?? old?.SolidWasteCode,
                Uses = named.Count > 0
                    ? [.. named.Select(r => new UseDraft { EnterpriseId = r.User is null ? null : _ids[r.User], OutsideUser = r.OutsideUser, Quantity = r.UserQuantity })]
                    : [.. (old?.Uses ?? []).Select(u => new UseDraft { EnterpriseId = u.UserEnterpriseId, OutsideUser = u.OutsideUser, Quantity = u.Quantity })],
            };
            var index = draft.Streams.Count;
            rowOf[$"streams[{index}]"] = first.Row;
            for (var j = 0; j < named.Count; j++) rowOf[$"streams[{index}].uses[{j}]"] = named[j].Row;
            draft.Streams.Add(stream);
            if (named.Count > 0) uses[stream] = [.. named.Select(r => (r.User, r.OutsideUser, r.UserQuantity))];
        }
        foreach (var rows in groups.Where(g => g[0].Direction == StreamDirection.Input))
        {
            var (first, old) = (rows[0], e?.Inputs.FirstOrDefault(i => i.MaterialCode == rows[0].MaterialCode));
            rowOf[$"inputs[{draft.Inputs.Count}]"] = first.Row;
            draft.Inputs.Add(new InputDraft
            {
                Name = first.Name, MaterialCode = first.MaterialCode, Quantity = first.Quantity, Unit = first.Unit,
                BoughtOutsidePark = first.BoughtOutside ?? old?.BoughtOutsidePark ?? false,
            });
        }
        return new ImportedEnterprise(e, draft, uses);
    }

    /// <summary>"streams[2].uses[1].enterpriseId" → the row of that use, column 使用企业; "industryCode" → the 企业 row.</summary>
    private ImportProblem Locate(string key, string rule, Bilingual message, int enterpriseRow, Dictionary<string, int> rowOf)
    {
        var m = PathPattern().Match(key);
        if (!m.Success) return enterpriseColumns.Problem(enterpriseRow, FactColumns.GetValueOrDefault(key, "Name"), rule, message);
        var owner = m.Groups["use"].Success ? $"{m.Groups["item"].Value}.{m.Groups["use"].Value}" : m.Groups["item"].Value;
        var field = m.Groups["use"].Success && m.Groups["field"].Value == "quantity" ? "quantity@use" : m.Groups["field"].Value;
        return streamColumns.Problem(rowOf.GetValueOrDefault(owner, rowOf.GetValueOrDefault(m.Groups["item"].Value)), StreamFields.GetValueOrDefault(field, "Name"), rule, message);
    }

    [GeneratedRegex(@"^(?<item>(streams|inputs)\[\d+\])(\.(?<use>uses\[\d+\]))?\.(?<field>\w+)$")]
    private static partial Regex PathPattern();
}
