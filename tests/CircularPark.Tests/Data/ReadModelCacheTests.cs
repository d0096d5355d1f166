using CircularPark.Data;

namespace CircularPark.Tests.Data;

/// <summary>The host's cache of heavy read models (ADR 0088): single-flight, a bound on heavy computations, a size budget.</summary>
public class ReadModelCacheTests
{
    [Fact]
    public async Task Concurrent_misses_of_one_key_compute_once_and_all_get_that_value()
    {
        using var cache = new ReadModelCache();
        var gate = new TaskCompletionSource();
        var computed = 0;
        async Task<string> ComputeAsync()
        {
            Interlocked.Increment(ref computed);
            await gate.Task;
            return "概览";
        }

        var readers = Enumerable.Range(0, 20).Select(_ => cache.GetOrComputeAsync("overview|000000", ComputeAsync)).ToList();
        gate.SetResult();
        var values = await Task.WhenAll(readers);

        Assert.Equal(1, computed);
        Assert.All(values, v => Assert.Equal("概览", v));
        Assert.Equal("概览", await cache.GetOrComputeAsync<string>("overview|000000", () => throw new InvalidOperationException("kept, not computed again")));
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept_and_the_next_reader_computes_again()
    {
        using var cache = new ReadModelCache();

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrComputeAsync<string>("k", () => throw new InvalidOperationException("database gone")));

        Assert.Equal("second try", await cache.GetOrComputeAsync("k", () => Task.FromResult("second try")));
    }

    [Fact]
    public async Task Heavy_computations_run_at_most_the_bound_at_once_while_a_light_one_goes_ahead()
    {
        using var cache = new ReadModelCache();
        var gate = new TaskCompletionSource();
        var (running, most) = (0, 0);
        async Task<int> HeavyAsync()
        {
            var now = Interlocked.Increment(ref running);
            lock (gate) most = Math.Max(most, now);
            await gate.Task;
            Interlocked.Decrement(ref running);
            return now;
        }

        var heavy = Enumerable.Range(0, ReadModelCache.Computations + 3).Select(i => cache.GetOrComputeAsync($"heavy|{i}", HeavyAsync)).ToList();
        await Task.Delay(100);
        var light = await cache.GetOrComputeLightAsync("inbox|someone", () => Task.FromResult("待办")).WaitAsync(TimeSpan.FromSeconds(10));
        var waiting = heavy.Count(t => !t.IsCompleted);
        gate.SetResult();
        await Task.WhenAll(heavy);

        Assert.Equal("待办", light);
        Assert.Equal(ReadModelCache.Computations + 3, waiting);
        Assert.Equal(ReadModelCache.Computations, most);
    }

    [Fact]
    public void A_cached_body_counts_by_its_bytes_and_a_read_model_as_one()
    {
        Assert.Equal(1, ReadModelCache.SizeOf(new object()));
        Assert.Equal(1, ReadModelCache.SizeOf(new byte[100]));
        Assert.Equal(33, ReadModelCache.SizeOf(new byte[2 * 1024 * 1024])); // a province's indicators JSON
        Assert.True(ReadModelCache.Capacity / ReadModelCache.SizeOf(new byte[2 * 1024 * 1024]) < 130); // ~256 MB of bodies at most
    }
}
