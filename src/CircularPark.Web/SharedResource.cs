namespace CircularPark.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource.tsv (key, Simplified Chinese, English).</summary>
public sealed class SharedResource;
