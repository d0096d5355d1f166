using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CircularPark.Web.Tests;

public partial class LocalizationTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task Every_text_the_pages_use_exists_in_Chinese_and_English()
    {
        var app = await apps.For(Provider.Sqlite);
        var localizer = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var pages = Path.Combine(RepositoryRoot(), "src", "CircularPark.Web", "Pages");
        var keys = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.NotEmpty(keys);

        foreach (var culture in new[] { "zh-CN", "en" })
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var missing = keys.Where(k => localizer[k].ResourceNotFound).ToList();
            Assert.True(missing.Count == 0, $"{culture}: no text for {string.Join(", ", missing)}");
        }
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        Assert.Equal("Parks", localizer["Nav.Parks"].Value);
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Assert.Equal("园区", localizer["Nav.Parks"].Value);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CircularPark.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run the tests inside the repository.");
    }

    [GeneratedRegex(@"L\[""([A-Za-z0-9.]+)""")]
    private static partial Regex KeyPattern();
}
