using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace CircularPark.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource.resx (Chinese) and SharedResource.en.resx (English).</summary>
public sealed class SharedResource;
