using System.Collections;
using System.Globalization;
using CircularPark.Localization;

namespace CircularPark.Inputs;

/// <summary>
/// The one check of what a request carries, before any use case sees it (ADR 0056): every string by its text rule
/// (<see cref="TextRules"/>, [SingleLine]/[MultiLine]), no null where the type does not allow one (a property declared
/// non-nullable, an element of a list or a value of a map), no infinite number. Errors are keyed by the field's path
/// (<c>content.projects[2].name</c>) and name it in both languages. An endpoint filter checks every API body with it,
/// a page filter every bound form model, importers the documents they read.
/// </summary>
public static class InputCheck
{
    private const int MaxDepth = 32;

    /// <summary>Whether values of <paramref name="type"/> are checked: the product's own classes and records, and lists of them.</summary>
    public static bool Applies(Type type) => InputShape.IsInputType(type) || InputShape.RecordsIn(type) is not null;

    /// <summary>Problems of <paramref name="value"/> and, when <paramref name="deep"/>, of the records it holds.</summary>
    /// <param name="value">The input.</param>
    /// <param name="path">Prefix of the keys (the input's own field name, or empty).</param>
    /// <param name="deep">Also check the records inside (false where each record is checked on its own, as JSON does).</param>
    /// <param name="jsonNames">Keys with the JSON names (camelCase), else the C# names forms use.</param>
    /// <param name="nullsRequired">Refuse null in non-nullable properties (JSON); forms send empty fields as null.</param>
    public static Dictionary<string, Bilingual> Errors(object? value, string path = "", bool deep = true, bool jsonNames = true, bool nullsRequired = true)
    {
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        if (value is not null) new Walk(errors, deep, jsonNames, nullsRequired).Check(value, path, 0);
        return errors;
    }

    private sealed record Walk(Dictionary<string, Bilingual> Errors, bool Deep, bool JsonNames, bool NullsRequired)
    {
        public void Check(object value, string path, int depth)
        {
            if (depth > MaxDepth) return;
            if (InputShape.RecordsIn(value.GetType()) is not null)
            {
                Records((IEnumerable)value, path, depth);
                return;
            }
            if (!InputShape.IsInputType(value.GetType())) return;
            foreach (var member in InputShape.Of(value.GetType()))
            {
                var field = Join(path, JsonNames ? member.JsonName : member.Name);
                var content = member.Get(value);
                if (content is null)
                {
                    if (member.Required && NullsRequired) Add(field, Text.Get("Input.Required", field));
                    continue;
                }
                Member(member, content, field, depth);
            }
        }

        private void Member(InputMember member, object content, string field, int depth)
        {
            switch (member.Kind)
            {
                case MemberKind.Text or MemberKind.Number:
                    Value(member, content, field, depth);
                    break;
                case MemberKind.Map when content is IDictionary map:
                    foreach (DictionaryEntry entry in map)
                    {
                        var key = $"{field}[{Convert.ToString(entry.Key, CultureInfo.InvariantCulture)}]";
                        if (entry.Key is string text) Value(member with { TextKind = TextKind.SingleLine }, text, key, depth);
                        Element(member, entry.Value, key, depth);
                    }
                    break;
                case MemberKind.List or MemberKind.Map:
                    var i = 0;
                    foreach (var element in (IEnumerable)content) Element(member, element, $"{field}[{Index(i++)}]", depth);
                    break;
                default:
                    if (Deep) Check(content, field, depth + 1);
                    break;
            }
        }

        private void Element(InputMember member, object? element, string field, int depth)
        {
            if (element is null)
            {
                if (!member.ElementNullable) Add(field, Text.Get("Input.NullElement", field));
                return;
            }
            Value(member, element, field, depth);
        }

        private void Value(InputMember member, object value, string field, int depth)
        {
            switch (value)
            {
                case string text when TextRules.Problem(field, text, member.TextKind, member.MaxLength) is { } problem:
                    Add(field, problem);
                    break;
                case double d when !double.IsFinite(d):
                case float f when !float.IsFinite(f):
                    Add(field, Text.Get("Input.NotFinite", field));
                    break;
                case string or ValueType:
                    break;
                default:
                    if (Deep) Check(value, field, depth + 1);
                    break;
            }
        }

        private void Add(string field, Bilingual message) => Errors.TryAdd(field, message);

        /// <summary>A list of records given as the input itself: each checked as a record, keyed by its index ("[2].source").</summary>
        private void Records(IEnumerable records, string path, int depth)
        {
            var i = 0;
            foreach (var record in records)
            {
                var key = $"{path}[{Index(i++)}]";
                if (record is null) Add(key, Text.Get("Input.NullElement", key));
                else Check(record, key, depth + 1);
            }
        }

        private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

        private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
    }
}
