using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircularPark.Inputs;

/// <summary>How <see cref="InputCheck"/> looks at one property of an input type.</summary>
internal enum MemberKind
{
    Text,
    Number,
    List,
    Map,
    Record,
}

/// <summary>One checked property of an input type: its names (C# and JSON), kind, text rule and whether null is refused.</summary>
internal sealed record InputMember(string Name, string JsonName, MemberKind Kind, TextKind TextKind, int MaxLength, bool Required,
    bool ElementNullable, Func<object, object?> Get);

/// <summary>The checked properties of an input type, read once by reflection and cached.</summary>
internal static class InputShape
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<InputMember>> Shapes = new();

    /// <summary>Types of this product (input records, engine values), whose properties are checked in turn.</summary>
    public static bool IsInputType(Type type) =>
        type is { IsClass: true, IsArray: false } && type != typeof(string) && type.Namespace?.StartsWith("CircularPark", StringComparison.Ordinal) == true;

    public static IReadOnlyList<InputMember> Of(Type type) => Shapes.GetOrAdd(type, Read);

    /// <summary>The record type of a list of the product's records (a body such as <c>IReadOnlyList&lt;RegionFigureInput&gt;</c>), else null.</summary>
    public static Type? RecordsIn(Type type) =>
        type != typeof(string) && KindOf(type, out var element) == MemberKind.List && element is not null && IsInputType(element) ? element : null;

    private static List<InputMember> Read(Type type)
    {
        var nullability = new NullabilityInfoContext();
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters()).GroupBy(p => p.Name ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var members = new List<InputMember>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null || property.IsDefined(typeof(JsonIgnoreAttribute))) continue;
            var kind = KindOf(property.PropertyType, out var element);
            if (kind is null) continue;
            parameters.TryGetValue(property.Name, out var parameter);
            var (textKind, max) = TextRule(property, parameter);
            var info = nullability.Create(property);
            var required = !property.PropertyType.IsValueType && info.ReadState == NullabilityState.NotNull;
            var elementNullable = element is null || Nullable.GetUnderlyingType(element) is not null || ElementState(info, kind.Value) == NullabilityState.Nullable;
            var jsonName = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            members.Add(new InputMember(property.Name, jsonName, kind.Value, textKind, max, required, elementNullable, property.GetValue));
        }
        return members;
    }

    /// <summary>Whether the elements (of a list) or values (of a map) are declared nullable: <c>List&lt;string?&gt;</c>.</summary>
    private static NullabilityState ElementState(NullabilityInfo info, MemberKind kind)
    {
        if (info.ElementType is { } array) return array.ReadState;
        var arguments = info.GenericTypeArguments;
        return arguments.Length == 0 ? NullabilityState.Unknown : arguments[kind == MemberKind.Map && arguments.Length > 1 ? 1 : 0].ReadState;
    }

    private static MemberKind? KindOf(Type type, out Type? element)
    {
        element = null;
        if (type == typeof(string)) return MemberKind.Text;
        if (type == typeof(double) || type == typeof(double?) || type == typeof(float) || type == typeof(float?)) return MemberKind.Number;
        if (type.IsValueType) return null;
        if ((Interface(type, typeof(IDictionary<,>)) ?? Interface(type, typeof(IReadOnlyDictionary<,>))) is { } map)
        {
            element = map.GetGenericArguments()[1];
            return MemberKind.Map;
        }
        if (type.IsArray) element = type.GetElementType();
        else if (Interface(type, typeof(IEnumerable<>)) is { } list) element = list.GetGenericArguments()[0];
        if (element is not null || typeof(IEnumerable).IsAssignableFrom(type)) return MemberKind.List;
        return IsInputType(type) ? MemberKind.Record : null;
    }

    private static Type? Interface(Type type, Type generic) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == generic ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic);

    /// <summary>The rule from [SingleLine]/[MultiLine] on the property or on the record's constructor parameter of the same name.</summary>
    private static (TextKind Kind, int Max) TextRule(PropertyInfo property, ParameterInfo? parameter)
    {
        var single = property.GetCustomAttribute<SingleLineAttribute>() ?? parameter?.GetCustomAttribute<SingleLineAttribute>();
        if (single is not null) return (TextKind.SingleLine, single.MaxLength);
        var multi = property.GetCustomAttribute<MultiLineAttribute>() ?? parameter?.GetCustomAttribute<MultiLineAttribute>();
        return (TextKind.MultiLine, multi?.MaxLength ?? TextRules.MultiLineMax);
    }
}
