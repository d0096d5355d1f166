using System.Globalization;
using CircularPark.Engines.Localization;
using CircularPark.Localization;
using Microsoft.Extensions.Localization;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// The UI strings of <c>Resources/SharedResource.tsv</c> (key, Simplified Chinese, English) behind
/// <see cref="IStringLocalizer"/>: the one source of the pages' texts, in the request's UI culture.
/// </summary>
internal sealed class TsvStringLocalizer(MessageTable table) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = table.Find(name);
            return new LocalizedString(name, text is { } t ? Pick(t) : name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        table.Keys.Select(k => this[k]);

    private static string Pick((string Zh, string En) text) => Bilingual.IsEnglish(CultureInfo.CurrentUICulture) ? text.En : text.Zh;
}

/// <summary>Every localizer the app asks for (pages, data annotations) reads the one shared table.</summary>
internal sealed class TsvStringLocalizerFactory : IStringLocalizerFactory
{
    public static readonly MessageTable Shared = MessageTable.Load(typeof(TsvStringLocalizerFactory).Assembly, "CircularPark.Web.Resources.SharedResource.tsv");

    private readonly TsvStringLocalizer _localizer = new(Shared);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
