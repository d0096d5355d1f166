namespace CircularPark.Data;

/// <summary>
/// A counter of one host's saves of domain data (every <see cref="AppDbContext"/> save that wrote an audited row, found
/// through the context's application services; a singleton of the host): what was computed before a save may be stale
/// after it. The web host varies its cached public pages by it (ADR 0085), so a change made through this node is seen at
/// once; a change made by another node or process is seen when the cached copy expires.
/// </summary>
public sealed class DataChanges
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public void Saved() => Interlocked.Increment(ref _generation);
}
