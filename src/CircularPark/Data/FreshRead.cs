namespace CircularPark.Data;

/// <summary>
/// One read shared by the callers that ask at the same time, where each caller must get a value read <em>after</em> it asked
/// (ADR 0095): at most one read runs; a caller arriving while it runs waits for the next one, which starts when the running
/// one ends and serves every caller that arrived meanwhile. So under load N concurrent callers cost about two reads instead of
/// N, and no caller is ever answered by a read that started before it arrived (a change committed before the call is always
/// seen). A failed read fails only the callers of that read; the next one is tried afresh. A caller that gives up does not
/// cancel the read for the others.
/// </summary>
public sealed class FreshRead<T>(Func<Task<T>> read)
{
    private readonly Lock _gate = new();
    private bool _running;
    private TaskCompletionSource<T>? _next;

    /// <summary>A value read by a read that started after this call.</summary>
    public Task<T> ReadAsync(CancellationToken ct = default)
    {
        TaskCompletionSource<T> batch;
        bool start;
        lock (_gate)
        {
            batch = _next ??= new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            start = !_running;
            if (start) (_running, _next) = (true, null);
        }
        if (start)
        {
            // The reads belong to no caller: none of a request's ambient state (its HttpContext, its activity) flows into them.
            using (ExecutionContext.SuppressFlow()) _ = Task.Run(() => RunAsync(batch), CancellationToken.None);
        }
        return ct.CanBeCanceled ? batch.Task.WaitAsync(ct) : batch.Task;
    }

    private async Task RunAsync(TaskCompletionSource<T> batch)
    {
        while (true)
        {
            try
            {
                batch.SetResult(await read());
            }
            catch (Exception e)
            {
                batch.SetException(e);
            }
            lock (_gate)
            {
                if (_next is null)
                {
                    _running = false;
                    return;
                }
                (batch, _next) = (_next, null);
            }
        }
    }
}
