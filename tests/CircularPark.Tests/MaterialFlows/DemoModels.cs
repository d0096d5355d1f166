using System.Text.Json;
using CircularPark.MaterialFlows;

namespace CircularPark.Tests.MaterialFlows;

/// <summary>The demo park's two models, read from the embedded demo files as the app reads them.</summary>
internal static class DemoModels
{
    public static MaterialFlowDocument Before => Read("demo/material-flows-yinghong-2019-before.json");

    public static MaterialFlowDocument After => Read("demo/material-flows-yinghong-2025-planned-after.json");

    private static MaterialFlowDocument Read(string name)
    {
        using var stream = typeof(MaterialFlowDocument).Assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<MaterialFlowDocument>(stream, MaterialFlowJson.Options)!;
    }
}
