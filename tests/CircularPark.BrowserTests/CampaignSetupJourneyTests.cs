using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>A province official sets up a campaign: the form reads at the widths officials use, and says what a code may hold.</summary>
public class CampaignSetupJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_set_up_form_keeps_each_checkbox_beside_its_words_and_refuses_a_code_that_would_break_an_address()
    {
        var (page, errors) = await app.SignedInPageAsync("guangdong@demo.cn");
        await page.GotoAsync("/selection/new");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "设立批次" })).ToBeVisibleAsync();
        await Screens.CheckAsync(page, "campaign-setup");

        foreach (var width in Screens.Widths)
        {
            await page.SetViewportSizeAsync(width, 768);
            // The checkbox sits on the line of its words, before them — not above them as a text field's label is.
            var offsets = await page.GetByLabel("专家回避本地市园区").EvaluateAsync<double[]>(@"box => {
                const words = [...box.closest('label').childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
                const range = document.createRange(); range.selectNode(words);
                const b = box.getBoundingClientRect(), w = range.getBoundingClientRect();
                return [Math.abs((b.top + b.bottom) / 2 - (w.top + w.bottom) / 2), w.left - b.right];
            }");
            Assert.True(offsets[0] < 6, $"at {width} px the checkbox is {offsets[0]} px off the line of its words");
            Assert.InRange(offsets[1], 0, 20);
        }

        var code = page.GetByLabel("批次代码");
        await Assertions.Expect(page.Locator("#code-hint")).ToContainTextAsync("只能使用英文字母、数字和 - _ .");
        foreach (var (typed, valid) in new[] { ("gd-2027-15", true), ("xj_2027.v2", true), ("gd/2027", false), ("粤2027", false), ("gd 2027", false), ("-gd", false) })
        {
            await code.FillAsync(typed);
            Assert.True(valid == await code.EvaluateAsync<bool>("input => input.checkValidity()"), $"\"{typed}\" should be {(valid ? "accepted" : "refused")}");
        }
        Assert.Empty(errors);
    }
}
