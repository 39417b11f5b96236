using System.Text;

namespace RescueGraph.Directory.Data.Modeling;

/// <summary>The naming rules of the database: snake_case identifiers, plural table names.</summary>
public static class SnakeCase
{
    /// <summary>"DogMeatFreeDeclaredOn" → "dog_meat_free_declared_on"; "HTTPStatus" → "http_status".</summary>
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (char.IsUpper(current))
            {
                // A word starts at an upper-case letter after a lower-case letter or digit, or at the last
                // capital of an acronym that is followed by a lower-case letter ("HTTPStatus" → "http_status").
                var startsWord = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1])));
                if (startsWord && builder.Length > 0 && builder[^1] != '_') builder.Append('_');
                builder.Append(char.ToLowerInvariant(current));
            }
            else
            {
                builder.Append(current);
            }
        }
        return builder.ToString();
    }

    /// <summary>Plural snake_case table name of an entity: "RescueCenter" → "rescue_centers", "Story" → "stories".</summary>
    public static string TableName(string entityName) => Pluralize(From(entityName));

    private static string Pluralize(string word)
    {
        if (word.EndsWith('y') && word.Length > 1 && !IsVowel(word[^2])) return word[..^1] + "ies";
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
            return word + "es";
        return word + "s";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
