namespace CircularPark.Outcomes;

/// <summary>The id and version a create, update or delete stored (send the version back with the next change).</summary>
public sealed record Saved(int Id, long Version);
