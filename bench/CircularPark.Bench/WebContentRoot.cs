namespace CircularPark.Bench;

/// <summary>Where a hosted product finds its Razor pages and wwwroot: the web project's folder, as the build recorded it next to this program.</summary>
internal static class WebContentRoot
{
    public static void Use()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json")));
        var web = manifest.RootElement.EnumerateObject().Single(p => p.Name.StartsWith("CircularPark.Web,", StringComparison.Ordinal)).Value.GetString();
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CIRCULARPARK_WEB", web);
    }
}
