using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Accounts;

/// <summary>
/// Data Protection keys live in the deployment's database under its application name (issue 12 finding 4; ADR 0054): a
/// demo instance's cookie is not accepted by a production instance; two nodes of one deployment accept each other's.
/// </summary>
public class DataProtectionTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_nodes_of_one_deployment_accept_each_others_cookies_and_other_deployments_do_not(Provider provider)
    {
        await using var first = await TestApp.StartAsync(provider);
        var email = await first.CreateUserAsync("admin");
        var cookie = await AccountClients.CookieAsync(first, email);
        await using var secondNode = TestApp.SharingDatabaseOf(first);
        await using var demoOnSameDatabase = TestApp.SharingDatabaseOf(first, new Dictionary<string, string?> { ["DataProtection:ApplicationName"] = "CircularPark-demo" });
        await using var otherDatabase = await TestApp.StartAsync(provider);

        Assert.Equal(HttpStatusCode.OK, (await AccountClients.GetWithCookieAsync(secondNode, "/api/account/me", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountClients.GetWithCookieAsync(demoOnSameDatabase, "/api/account/me", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountClients.GetWithCookieAsync(otherDatabase, "/api/account/me", cookie)).StatusCode);
        var keys = await first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.Contains(keys, k => k!.Contains("<masterKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_certificate_configured_the_stored_keys_are_encrypted()
    {
        var folder = Directory.CreateTempSubdirectory("circularpark-cert-").FullName;
        try
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=CircularPark keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            var path = Path.Combine(folder, "keys.pfx");
            await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "pfx-secret"));
            await using var app = await TestApp.StartAsync(Provider.Sqlite, new Dictionary<string, string?>
            {
                ["DataProtection:Certificate:Path"] = path, ["DataProtection:Certificate:Password"] = "pfx-secret",
            });
            var email = await app.CreateUserAsync("city", regionCode: "441800");
            var cookie = await AccountClients.CookieAsync(app, email);

            Assert.Equal(HttpStatusCode.OK, (await AccountClients.GetWithCookieAsync(app, "/api/account/me", cookie)).StatusCode);
            var key = Assert.Single(await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync()));
            Assert.Contains("EncryptedData", key, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", key!, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
