using System.Reflection;
using CircularPark.Bench;

// Every IBenchmark in this assembly is a command: `dotnet run -c Release --project bench/CircularPark.Bench -- NAME [args]`.
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();
if (args.Length == 0 || benchmarks.All(b => b.Name != args[0]))
{
    Console.WriteLine("usage: CircularPark.Bench NAME [args]");
    foreach (var b in benchmarks) Console.WriteLine($"  {b.Name,-20} {b.Description}");
    return args.Length == 0 ? 0 : 2;
}
return await benchmarks.Single(b => b.Name == args[0]).RunAsync(args[1..]);
