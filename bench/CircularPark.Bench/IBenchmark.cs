namespace CircularPark.Bench;

/// <summary>One benchmark: prints its figures and returns 0 when every check it makes (e.g. results agree) holds.</summary>
public interface IBenchmark
{
    string Name { get; }
    string Description { get; }
    Task<int> RunAsync(string[] args);
}
