namespace CircularPark.Data.Seed;

/// <summary>
/// Where the transcribed source data comes from: the files under <c>data/seed/</c>, embedded in this assembly at
/// build time, or a folder given on the command line.
/// </summary>
public sealed class SeedFiles
{
    private readonly Func<string, Stream?> _open;
    private readonly Func<IEnumerable<string>> _list;

    private SeedFiles(Func<string, Stream?> open, Func<IEnumerable<string>> list)
    {
        _open = open;
        _list = list;
    }

    public static SeedFiles Embedded()
    {
        var assembly = typeof(SeedFiles).Assembly;
        return new SeedFiles(
            name => assembly.GetManifestResourceStream($"seed/{name}"),
            () => assembly.GetManifestResourceNames().Where(n => n.StartsWith("seed/", StringComparison.Ordinal)).Select(n => n["seed/".Length..]));
    }

    public static SeedFiles Folder(string path) => new(
        name => File.Exists(Path.Combine(path, name)) ? File.OpenRead(Path.Combine(path, name)) : null,
        () => Directory.EnumerateFiles(path).Select(Path.GetFileName).OfType<string>());

    public Stream Open(string name) => _open(name) ?? throw new FileNotFoundException($"Seed file '{name}' is missing.", name);

    public IEnumerable<string> Names => _list().Order(StringComparer.Ordinal);
}
