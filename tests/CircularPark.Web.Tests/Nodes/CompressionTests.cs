using System.IO.Compression;
using System.Text;
using CircularPark.Identity;

namespace CircularPark.Web.Tests.Nodes;

/// <summary>
/// Shared answers travel compressed (ADR 0093): a public page or API kept by the output cache, and a cached report body,
/// are sent in Brotli or gzip to a client that accepts it — the same bytes once decoded — and plain to one that does not,
/// each marked <c>Vary: Accept-Encoding</c>; a signed-in user's page, which carries the anti-forgery token, never is.
/// </summary>
public class CompressionTests(Apps apps) : IClassFixture<Apps>
{
    private const string Browser = "gzip, deflate, br, zstd";

    private static async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(HttpClient client, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await client.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static string? EncodingOf(HttpResponseMessage response) => response.Content.Headers.ContentEncoding.SingleOrDefault();

    private static byte[] Decode(string? encoding, byte[] body)
    {
        if (encoding is null) return body;
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_public_page_and_API_are_sent_compressed_to_a_browser_and_plain_to_a_client_that_does_not_ask(Provider provider)
    {
        var app = await apps.For(provider);
        var anonymous = app.CreateClient();
        foreach (var path in new[] { "/campaigns/gd-2020-923", "/api/campaigns/gd-2020-923/summary" })
        {
            var plain = await GetAsync(anonymous, path, null);
            var browser = await GetAsync(anonymous, path, Browser);
            var again = await GetAsync(anonymous, path, Browser); // from the output cache
            var gzipOnly = await GetAsync(anonymous, path, "gzip");
            var plainAgain = await GetAsync(anonymous, path, null); // the cache keeps one body per Accept-Encoding

            Assert.Null(EncodingOf(plain.Response));
            Assert.Equal("br", EncodingOf(browser.Response));
            Assert.Equal("br", EncodingOf(again.Response));
            Assert.Equal("gzip", EncodingOf(gzipOnly.Response));
            Assert.Null(EncodingOf(plainAgain.Response));
            Assert.Equal(plain.Body, Decode("br", browser.Body));
            Assert.Equal(plain.Body, Decode("br", again.Body));
            Assert.Equal(plain.Body, Decode("gzip", gzipOnly.Body));
            Assert.Equal(plain.Body, plainAgain.Body);
            Assert.True(browser.Body.Length * 3 < plain.Body.Length, $"{path}: {browser.Body.Length} bytes compressed of {plain.Body.Length}");
            Assert.Contains("Accept-Encoding", browser.Response.Headers.Vary);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_province_s_campaign_indicators_are_sent_in_the_encoding_the_client_accepts_and_read_the_same(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        const string path = "/api/campaigns/gd-2020-923/indicators?year=2022";

        var plain = await GetAsync(province, path, null);
        var answers = new Dictionary<string, (string? Expected, HttpResponseMessage Response, byte[] Body)>();
        foreach (var (accept, expected) in new (string, string?)[] { (Browser, "br"), ("gzip", "gzip"), ("br;q=0, gzip", "gzip"), ("*", "br"), ("identity", null), ("gzip;q=0, br;q=0", null) })
        {
            var (response, body) = await GetAsync(province, path, accept);
            answers[accept] = (expected, response, body);
        }

        Assert.Contains("\"rollUps\"", Encoding.UTF8.GetString(plain.Body), StringComparison.Ordinal);
        Assert.Equal("application/json", plain.Response.Content.Headers.ContentType?.MediaType);
        Assert.All(answers, a =>
        {
            Assert.Equal(a.Value.Expected, EncodingOf(a.Value.Response));
            Assert.Equal(plain.Body, Decode(a.Value.Expected, a.Value.Body));
            Assert.Equal(a.Value.Body.Length, a.Value.Response.Content.Headers.ContentLength);
            Assert.Contains("Accept-Encoding", a.Value.Response.Headers.Vary);
        });
        Assert.True(answers[Browser].Body.Length < plain.Body.Length, $"{answers[Browser].Body.Length} bytes compressed of {plain.Body.Length}");
    }

    [Fact]
    public async Task A_signed_in_user_s_page_is_never_compressed_as_it_carries_the_anti_forgery_token()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");

        var campaign = await GetAsync(province, "/campaigns/gd-2020-923", Browser);
        var overview = await GetAsync(province, "/overview", Browser);
        var password = await GetAsync(province, "/account/password", Browser);

        Assert.Null(EncodingOf(campaign.Response));
        Assert.Null(EncodingOf(overview.Response));
        Assert.Null(EncodingOf(password.Response));
        Assert.Contains("__RequestVerificationToken", Encoding.UTF8.GetString(password.Body), StringComparison.Ordinal);
    }
}
