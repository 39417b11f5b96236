namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// A position in the response, as an immutable linked list (graphql-js's <c>Path</c>): sharing the
/// parent costs one small object per field, and the list form is built only when an error needs it.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, object key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    public ResponsePath? Parent { get; }

    /// <summary>A response key (string) or a list index (boxed int).</summary>
    public object Key { get; }

    /// <summary>Number of segments, 1 for a root field.</summary>
    public int Depth { get; }

    public static ResponsePath Root(string key) => new(null, key, 1);

    public ResponsePath Append(string key) => new(this, key, Depth + 1);

    public ResponsePath Append(int index) => new(this, BoxedIndex(index), Depth + 1);

    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var node = this; node is not null; node = node.Parent) segments[node.Depth - 1] = node.Key;
        return segments;
    }

    public override string ToString() => string.Join(".", ToList());

    private static readonly object[] SmallIndices = CreateSmallIndices();

    private static object[] CreateSmallIndices()
    {
        var indices = new object[256];
        for (var i = 0; i < indices.Length; i++) indices[i] = i;
        return indices;
    }

    private static object BoxedIndex(int index) => (uint)index < (uint)SmallIndices.Length ? SmallIndices[index] : index;
}
