using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// Every role walks the pages it can reach by following links from its home (issue 14): no link it is shown answers
/// 403 or 404; no Chinese page shows an internal code (a campaign's code, an enum's identifier, a developer document);
/// every number in a table cell is right-aligned (a year, and a code such as an industry code in a cell marked
/// <c>code</c>, are labels, not quantities). The demo is the one a visitor gets, the demo park's history included.
/// </summary>
public partial class PageWalkTests(DemoParkApp demo) : IClassFixture<DemoParkApp>
{
    /// <summary>At most this many pages of one shape (the same path with other numbers) are opened.</summary>
    private const int PerShape = 1;

    private const int MaxPages = 200;

    public static TheoryData<string> Accounts => new("admin@demo.cn", "ministry@demo.cn", "guangdong@demo.cn", "qingyuan@demo.cn", "park@demo.cn",
        "enterprise@demo.cn", "expert@demo.cn");

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Every_page_a_role_reaches_has_only_links_it_may_follow_no_internal_codes_and_right_aligned_numbers(string email)
    {
        var (page, errors) = await demo.App.SignedInPageAsync(email);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var codes = InternalCodes();
        var problems = new List<string>();
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedLinks = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Url, string From)>([(new Uri(page.Url).PathAndQuery, "(home)"), ("/", "(home)")]);
        var opened = 0;
        while (queue.Count > 0 && opened < MaxPages)
        {
            var (url, from) = queue.Dequeue();
            var shape = Shape(url);
            if (shapes.GetValueOrDefault(shape) >= PerShape) continue;
            shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
            var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            opened++;
            if (response is null || response.Status >= 400)
            {
                problems.Add($"{url} (linked from {from}) answers {response?.Status}");
                continue;
            }
            if (!(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal)) continue;
            var found = await page.EvaluateAsync<PageFacts>(Inspect);
            foreach (var cell in found.LeftNumbers.Take(3)) problems.Add($"{url}: the number \"{cell}\" is not right-aligned");
            foreach (var code in codes.Where(c => c.IsMatch(found.Text)).Take(3))
                problems.Add($"{url}: shows the internal code \"{code.Match(found.Text).Value}\"");
            foreach (var link in found.Links.Select(Local).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (Skipped(link)) continue;
                if (IsFile(link))
                {
                    if (!checkedLinks.Add(Shape(link))) continue;
                    var file = await page.APIRequest.GetAsync(link);
                    if (file.Status is 403 or 404) problems.Add($"{link} (linked from {url}) answers {file.Status}");
                    continue;
                }
                if (shapes.GetValueOrDefault(Shape(link)) < PerShape) queue.Enqueue((link, url));
            }
        }
        Assert.True(opened > 5, $"{email} reached only {opened} pages");
        Assert.True(problems.Count == 0, $"{email} after {opened} pages:\n" + string.Join('\n', problems.Distinct()));
        Assert.Empty(errors);
    }

    /// <summary>What the page shows: its visible text, its links, and the numbers in table cells not aligned to the right.</summary>
    public sealed class PageFacts
    {
        public string Text { get; set; } = "";
        public string[] Links { get; set; } = [];
        public string[] LeftNumbers { get; set; } = [];
    }

    private const string Inspect = @"() => {
        const number = /^[-+−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*%?$/;
        const left = [...document.querySelectorAll('main td')].filter(td => {
            const text = td.innerText.trim();
            if (!number.test(text) || /^(19|20)\d\d$/.test(text) || td.classList.contains('code') || td.classList.contains('key') || td.querySelector('input, select, textarea, button')) return false;
            const align = getComputedStyle(td).textAlign;
            return !(align === 'right' || align === 'end');
        }).map(td => td.innerText.trim());
        const links = [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));
        return { text: document.querySelector('main')?.innerText ?? '', links, leftNumbers: left };
    }";

    /// <summary>A same-site path, or null for another site, an anchor, mail or script.</summary>
    private static string? Local(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) ? href.Split('#')[0] : null;

    /// <summary>Links not walked: switching the language, the API explorer (English by design), signing out.</summary>
    private static bool Skipped(string link) =>
        link.Length == 0 || link.StartsWith("/culture", StringComparison.Ordinal) || link.StartsWith("/api/docs", StringComparison.Ordinal)
        || link.StartsWith("/openapi", StringComparison.Ordinal) || link.StartsWith("/account/logout", StringComparison.Ordinal);

    /// <summary>API answers and downloads: checked for their status, not opened as pages.</summary>
    private static bool IsFile(string link) =>
        link.StartsWith("/api/", StringComparison.Ordinal) || Regex.IsMatch(link.Split('?')[0], @"\.(docx|xlsx|csv|png|json|zip)$");

    /// <summary>The path with every number replaced, and the names of its query parameters: pages of the same shape.</summary>
    private static string Shape(string url)
    {
        var parts = url.Split('?', 2);
        var names = parts.Length > 1 ? string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal)) : "";
        return NumberPattern().Replace(parts[0], "#") + "?" + names;
    }

    /// <summary>
    /// What must never reach a Chinese page: the campaigns' codes, the identifiers of the domain's enums written as code
    /// (two or more capitals run together, such as UnderReview), references to developer documents, and the material codes
    /// of the seed and demo data (pages show <see cref="CircularPark.Enterprises.MaterialNames"/>).
    /// </summary>
    private static List<Regex> InternalCodes()
    {
        var enums = typeof(CircularPark.Campaigns.Campaign).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic)
            .SelectMany(t => Enum.GetNames(t)).Where(n => Regex.IsMatch(n, "^[A-Z][a-z]+[A-Z]")).Distinct(StringComparer.Ordinal);
        return
        [
            new Regex(@"\b(gd-2020-923|sd-2018-336|cn-2021-1004|js-2013)\b"),
            new Regex(@"\b(" + string.Join('|', enums) + @")\b"),
            new Regex(@"domain\.md|conventions\.md|§\s?\d|\bADR \d{4}|\bTODO\b"),
            new Regex(@"\b[a-z]+(-[a-z]+){2,}\b"),
            new Regex(@"\b(" + string.Join('|', CircularPark.Enterprises.MaterialNames.Codes.Where(c => c.Contains('-', StringComparison.Ordinal)).Select(Regex.Escape)) + @")\b"),
        ];
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
