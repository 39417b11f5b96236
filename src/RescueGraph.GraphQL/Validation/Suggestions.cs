namespace RescueGraph.GraphQL.Validation;

/// <summary>graphql-js's "Did you mean ...?" helpers: <c>suggestionList</c>, <c>didYouMean</c> and <c>naturalCompare</c>.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// The options close enough to <paramref name="input"/> to be likely typos of it (an edit distance of at
    /// most 40% of its length, case changes counting as one edit), closest first, ties in natural order.
    /// </summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var measure = new LexicalDistance(input);
        var threshold = input.Length * 2 / 5 + 1;
        var matches = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            // graphql-js keys the options by name, so a repeated option is suggested once.
            if (!seen.Add(option)) continue;
            var distance = measure.Measure(option, threshold);
            if (distance >= 0) matches.Add((option, distance));
        }
        SortLikeJavaScript(matches, static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new string[matches.Count];
        for (var i = 0; i < result.Length; i++) result[i] = matches[i].Option;
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (at most five), or the empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>As <see cref="DidYouMean(IReadOnlyList{string})"/> with words between "Did you mean" and the suggestions.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0) return "";
        var message = new System.Text.StringBuilder(" Did you mean ");
        if (subMessage is not null) message.Append(subMessage).Append(' ');
        switch (suggestions.Count)
        {
            case 1:
                return message.Append('"').Append(suggestions[0]).Append("\"?").ToString();
            case 2:
                return message.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }
        var shown = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < shown - 1; i++) message.Append('"').Append(suggestions[i]).Append("\", ");
        return message.Append("or \"").Append(suggestions[shown - 1]).Append("\"?").ToString();
    }

    /// <summary>Compares strings char by char, but runs of digits by their numeric value ("file2" before "file10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            int aChar = a[aIndex];
            int bChar = b[bIndex];
            if (IsDigit(aChar) && IsDigit(bChar))
            {
                // graphql-js stops a number after a leading zero, so "0" and "00" compare as separate numbers.
                long aNumber = 0;
                do
                {
                    ++aIndex;
                    aNumber = aNumber * 10 + aChar - '0';
                    aChar = aIndex < a.Length ? a[aIndex] : -1;
                } while (IsDigit(aChar) && aNumber > 0);
                long bNumber = 0;
                do
                {
                    ++bIndex;
                    bNumber = bNumber * 10 + bChar - '0';
                    bChar = bIndex < b.Length ? b[bIndex] : -1;
                } while (IsDigit(bChar) && bNumber > 0);
                if (aNumber < bNumber) return -1;
                if (aNumber > bNumber) return 1;
            }
            else
            {
                if (aChar < bChar) return -1;
                if (aChar > bChar) return 1;
                ++aIndex;
                ++bIndex;
            }
        }
        return a.Length - b.Length;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>
    /// Sorts as V8's <c>Array.prototype.sort</c> does for short arrays (TimSort's initial run, then binary
    /// insertion). Matching the algorithm, not just stability, matters when a comparator is not a total
    /// order, as graphql-js's type-suggestion comparator is not; longer lists still sort stably.
    /// </summary>
    internal static void SortLikeJavaScript<T>(List<T> items, Comparison<T> compare)
    {
        var count = items.Count;
        if (count < 2) return;

        // The leading run: strictly descending runs are reversed, non-descending ones kept.
        var runEnd = 2;
        if (compare(items[1], items[0]) < 0)
        {
            while (runEnd < count && compare(items[runEnd], items[runEnd - 1]) < 0) runEnd++;
            items.Reverse(0, runEnd);
        }
        else
        {
            while (runEnd < count && compare(items[runEnd], items[runEnd - 1]) >= 0) runEnd++;
        }

        for (var start = runEnd; start < count; start++)
        {
            var pivot = items[start];
            var left = 0;
            var right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0) right = mid;
                else left = mid + 1;
            }
            for (var i = start; i > left; i--) items[i] = items[i - 1];
            items[left] = pivot;
        }
    }

    /// <summary>
    /// Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), computed
    /// case-insensitively with three reusable rows, as graphql-js's <c>LexicalDistance</c>.
    /// </summary>
    private sealed class LexicalDistance
    {
        private readonly string _input;
        private readonly string _inputLowerCase;
        private readonly int[][] _rows;

        public LexicalDistance(string input)
        {
            _input = input;
            _inputLowerCase = input.ToLowerInvariant();
            _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
        }

        /// <summary>The distance to <paramref name="option"/>, or -1 when it exceeds <paramref name="threshold"/>.</summary>
        public int Measure(string option, int threshold)
        {
            if (_input == option) return 0;
            var optionLowerCase = option.ToLowerInvariant();
            // Any case change counts as a single edit.
            if (_inputLowerCase == optionLowerCase) return 1;

            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length) (a, b) = (b, a);
            var aLength = a.Length;
            var bLength = b.Length;
            if (aLength - bLength > threshold) return -1;

            var rows = _rows;
            for (var j = 0; j <= bLength; j++) rows[0][j] = j;
            for (var i = 1; i <= aLength; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= bLength; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        // Transposition of two adjacent characters.
                        var doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
                        currentCell = Math.Min(currentCell, doubleDiagonalCell + 1);
                    }
                    if (currentCell < smallestCell) smallestCell = currentCell;
                    currentRow[j] = currentCell;
                }
                // The distance cannot shrink below the smallest cell of the row just finished.
                if (smallestCell > threshold) return -1;
            }
            var distance = rows[aLength % 3][bLength];
            return distance <= threshold ? distance : -1;
        }
    }
}
