using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RescueGraph.GraphQL.AspNetCore.Tests.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one page's WebSocket: numbered commands matched to their
/// replies by id; events are kept only for the page's console errors and exceptions (for failure messages).
/// </summary>
public sealed class DevToolsSession : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private int _lastId;

    private DevToolsSession(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveLoopAsync);
    }

    /// <summary>Console errors and uncaught exceptions the page reported.</summary>
    public ConcurrentQueue<string> PageErrors { get; } = new();

    public static async Task<DevToolsSession> ConnectAsync(Uri webSocketUrl, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(webSocketUrl, cancellationToken);
        return new DevToolsSession(socket);
    }

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        var response = await reply.Task.WaitAsync(cancellationToken);
        if (response.TryGetProperty("error", out var error))
            throw new InvalidOperationException($"DevTools {method} failed: {error}");
        return response.GetProperty("result");
    }

    /// <summary>Evaluates JavaScript in the page (awaiting promises) and returns its JSON value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var exception))
            throw new InvalidOperationException($"Page script failed: {exception}");
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Polls <paramref name="expression"/> until it is truthy.</summary>
    public async Task WaitForAsync(string expression, string what, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var value = await EvaluateAsync(expression, cancellationToken);
                if (value.ValueKind is JsonValueKind.True) return;
                await Task.Delay(100, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out waiting for {what}. Page errors: {string.Join(" | ", PageErrors)}");
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;

                using (var document = JsonDocument.Parse(message.GetBuffer().AsMemory(0, (int)message.Length)))
                    Dispatch(document.RootElement);
                message.SetLength(0);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The session is closing.
        }
        foreach (var pending in _pending.Values) pending.TrySetException(new InvalidOperationException("DevTools connection closed."));
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id))
        {
            if (_pending.TryRemove(id.GetInt32(), out var reply)) reply.TrySetResult(message.Clone());
            return;
        }
        var method = message.GetProperty("method").GetString();
        if (method == "Runtime.exceptionThrown")
            PageErrors.Enqueue(message.GetProperty("params").GetProperty("exceptionDetails").ToString());
        else if (method == "Runtime.consoleAPICalled" && message.GetProperty("params").GetProperty("type").GetString() == "error")
            PageErrors.Enqueue(message.GetProperty("params").GetProperty("args").ToString());
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try { await _receiving; }
        finally
        {
            _socket.Dispose();
            _stop.Dispose();
        }
    }
}
