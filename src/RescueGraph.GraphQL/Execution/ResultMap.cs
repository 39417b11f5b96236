using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RescueGraph.GraphQL.Execution;

/// <summary>
/// An ordered map of response keys to completed values: one object of a GraphQL response. Backed by two
/// arrays sized from the collected field count, so building it never rehashes and writing it keeps the
/// order the selection set gave. Lookups are linear, which beats hashing for the handful of keys a
/// selection set has.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private string[] _keys;
    private object?[] _values;
    private int _count;
    private bool _keysShared;

    public ResultMap(int capacity = 4)
    {
        _keys = capacity == 0 ? Array.Empty<string>() : new string[capacity];
        _values = capacity == 0 ? Array.Empty<object?>() : new object?[capacity];
    }

    /// <summary>
    /// A map whose keys are known up front (a collected selection set's response keys): the key array is
    /// shared by every object of that selection, so each object allocates only its values.
    /// </summary>
    internal ResultMap(string[] sharedKeys)
    {
        _keys = sharedKeys;
        _values = sharedKeys.Length == 0 ? Array.Empty<object?>() : new object?[sharedKeys.Length];
        _keysShared = true;
    }

    public int Count => _count;

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    internal void SetValueAt(int index, object? value) => _values[index] = value;

    /// <summary>The value slots, for settling pending values in place.</summary>
    internal object?[] RawValues => _values;

    /// <summary>Appends an entry; response keys are unique by construction (field collection merges them).</summary>
    public void Add(string key, object? value)
    {
        if (_keysShared)
        {
            if (_count < _keys.Length && ReferenceEquals(_keys[_count], key))
            {
                _values[_count++] = value;
                return;
            }
            _keys = (string[])_keys.Clone();
            _keysShared = false;
        }
        if (_count == _keys.Length) Grow();
        _keys[_count] = key;
        _values[_count] = value;
        _count++;
    }

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _count; i++) yield return _keys[i];
        }
    }

    public IEnumerable<object?> Values
    {
        get
        {
            for (var i = 0; i < _count; i++) yield return _values[i];
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
            if (string.Equals(_keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    private void Grow()
    {
        var capacity = _keys.Length == 0 ? 4 : _keys.Length * 2;
        Array.Resize(ref _keys, capacity);
        Array.Resize(ref _values, capacity);
    }
}
