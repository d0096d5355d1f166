using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// What every journey checks of a page at the widths officials use (issue 14): it saves a screenshot under the test
/// output's <c>screenshots/</c> folder, the page is no wider than the screen, no menu entry breaks over lines (the old
/// menu broke into one character per line), and at 1366 px the menu is one row.
/// </summary>
public static class Screens
{
    public static readonly int[] Widths = [1366, 1024];

    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>Checks the page at each width in <see cref="Widths"/> and saves <c>{name}-{width}.png</c>; returns the files.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string name)
    {
        var files = new List<string>();
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 768);
            // Charts follow the window on its resize event; give the page a moment to settle (a lasting overflow still fails below).
            try { await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth", null, new() { Timeout = 3000 }); }
            catch (System.TimeoutException) { }
            var file = Path.Combine(Folder, $"{name}-{width}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            files.Add(file);
            var layout = await page.EvaluateAsync<double[]>(@"() => {
                const entries = [...document.querySelectorAll('header.top nav > a, header.top nav > details > summary')];
                const line = parseFloat(getComputedStyle(document.querySelector('header.top nav')).lineHeight) || 24;
                const tallest = Math.max(...entries.map(e => e.getBoundingClientRect().height));
                const rows = new Set(entries.map(e => Math.round(e.getBoundingClientRect().top))).size;
                return [document.documentElement.scrollWidth - window.innerWidth, tallest / line, rows];
            }");
            Assert.True(layout[0] <= 0, $"{name} at {width} px is {layout[0]} px wider than the screen ({file})");
            Assert.True(layout[1] < 1.8, $"a menu entry of {name} at {width} px breaks over lines ({file})");
            if (width >= 1366) Assert.True(layout[2] == 1, $"the menu of {name} at {width} px takes {layout[2]} rows ({file})");
        }
        return files;
    }
}
