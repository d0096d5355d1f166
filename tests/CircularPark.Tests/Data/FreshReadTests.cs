using System.Threading.Channels;
using CircularPark.Data;

namespace CircularPark.Tests.Data;

/// <summary>
/// A read shared by concurrent callers (ADR 0095: the data version an anonymous request is cached by): each caller gets a value
/// read after it asked, however many share the read.
/// </summary>
public class FreshReadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Reads the test finishes by hand, in the order they started.</summary>
    private sealed class Reads
    {
        private readonly Channel<TaskCompletionSource<long>> _started = Channel.CreateUnbounded<TaskCompletionSource<long>>();
        public int Count;

        public Task<long> ReadAsync()
        {
            Interlocked.Increment(ref Count);
            var read = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            _started.Writer.TryWrite(read);
            return read.Task;
        }

        public Task<TaskCompletionSource<long>> NextStartedAsync() => _started.Reader.ReadAsync().AsTask().WaitAsync(Patience);
    }

    [Fact]
    public async Task Callers_arriving_while_a_read_runs_share_the_next_read_which_starts_after_they_arrived()
    {
        var reads = new Reads();
        var version = new FreshRead<long>(reads.ReadAsync);

        var first = version.ReadAsync();
        var running = await reads.NextStartedAsync();
        var later = Enumerable.Range(0, 20).Select(_ => version.ReadAsync()).ToList();
        running.SetResult(41); // committed before the later callers arrived: not an answer for them
        Assert.Equal(41, await first.WaitAsync(Patience));
        var next = await reads.NextStartedAsync();
        Assert.All(later, t => Assert.False(t.IsCompleted));
        next.SetResult(42);
        var values = await Task.WhenAll(later).WaitAsync(Patience);

        Assert.All(values, v => Assert.Equal(42, v));
        Assert.Equal(2, reads.Count);
    }

    [Fact]
    public async Task A_caller_after_the_reads_settled_starts_a_read_of_its_own()
    {
        var reads = new Reads();
        var version = new FreshRead<long>(reads.ReadAsync);

        for (var v = 1; v <= 3; v++)
        {
            var caller = version.ReadAsync();
            (await reads.NextStartedAsync()).SetResult(v);
            Assert.Equal(v, await caller.WaitAsync(Patience));
        }

        Assert.Equal(3, reads.Count);
    }

    [Fact]
    public async Task A_failed_read_fails_only_its_own_callers_and_the_next_read_is_tried_afresh()
    {
        var reads = new Reads();
        var version = new FreshRead<long>(reads.ReadAsync);

        var first = version.ReadAsync();
        var failing = await reads.NextStartedAsync();
        var later = version.ReadAsync();
        failing.SetException(new InvalidOperationException("database restarting"));
        (await reads.NextStartedAsync()).SetResult(7);

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.WaitAsync(Patience));
        Assert.Equal(7, await later.WaitAsync(Patience));
    }

    [Fact]
    public async Task A_read_that_throws_before_it_starts_fails_its_callers_and_leaves_the_next_caller_a_read()
    {
        var calls = 0;
        var version = new FreshRead<long>(() => ++calls == 1 ? throw new InvalidOperationException("no connection") : Task.FromResult(9L));

        await Assert.ThrowsAsync<InvalidOperationException>(() => version.ReadAsync().WaitAsync(Patience));

        Assert.Equal(9, await version.ReadAsync().WaitAsync(Patience));
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_cancel_the_read_for_the_others()
    {
        var reads = new Reads();
        var version = new FreshRead<long>(reads.ReadAsync);
        using var impatient = new CancellationTokenSource();
        var starter = version.ReadAsync();
        var running = await reads.NextStartedAsync();

        var giving = version.ReadAsync(impatient.Token);
        var staying = version.ReadAsync();
        await impatient.CancelAsync();
        running.SetResult(4);
        (await reads.NextStartedAsync()).SetResult(5);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => giving.WaitAsync(Patience));
        Assert.Equal(4, await starter.WaitAsync(Patience));
        Assert.Equal(5, await staying.WaitAsync(Patience));
        Assert.Equal(2, reads.Count);
    }
}
