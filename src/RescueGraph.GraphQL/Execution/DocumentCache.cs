namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// A bounded least-recently-used map of query hash → prepared document. One lock guards a dictionary
/// and a recency list; both operations are O(1), so contention is brief next to parsing and validating.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<PreparedDocument>> _byHash = new(StringComparer.Ordinal);
    private readonly LinkedList<PreparedDocument> _recency = new();
    private readonly object _gate = new();

    public int Count
    {
        get
        {
            lock (_gate) return _byHash.Count;
        }
    }

    /// <summary>A hit needs the same hash AND the same text: a hash is never trusted to identify a text alone.</summary>
    public bool TryGet(string hash, string query, out PreparedDocument? prepared)
    {
        lock (_gate)
        {
            if (_byHash.TryGetValue(hash, out var node) && string.Equals(node.Value.Query, query, StringComparison.Ordinal))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                prepared = node.Value;
                return true;
            }
        }
        prepared = null;
        return false;
    }

    public void Add(PreparedDocument prepared)
    {
        if (capacity <= 0) return;
        lock (_gate)
        {
            if (_byHash.TryGetValue(prepared.Hash, out var existing))
            {
                _recency.Remove(existing);
                _byHash.Remove(prepared.Hash);
            }
            _byHash[prepared.Hash] = _recency.AddFirst(prepared);
            while (_byHash.Count > capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _byHash.Remove(oldest.Value.Hash);
            }
        }
    }
}
