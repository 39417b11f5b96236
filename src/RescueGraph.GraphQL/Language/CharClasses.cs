namespace RescueGraph.GraphQL.Language;

/// <summary>Character classes of the lexical grammar (spec section 2.1).</summary>
internal static class CharClasses
{
    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    public static bool IsLetter(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsNameStart(int c) => IsLetter(c) || c == '_';

    public static bool IsNameContinue(int c) => IsLetter(c) || IsDigit(c) || c == '_';

    /// <summary>Space or horizontal tab: the only chars the spec calls WhiteSpace.</summary>
    public static bool IsWhiteSpace(int c) => c == ' ' || c == '\t';

    /// <summary>A code point that is not a surrogate (valid as one char in UTF-16 on its own).</summary>
    public static bool IsUnicodeScalarValue(int c) => (c >= 0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0x10FFFF);

    /// <summary>True when <paramref name="position"/> starts a well-formed surrogate pair.</summary>
    public static bool IsSupplementaryCodePoint(string body, int position) =>
        position + 1 < body.Length && char.IsHighSurrogate(body[position]) && char.IsLowSurrogate(body[position + 1]);

    /// <summary>Value of one hex digit, or -1.</summary>
    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
