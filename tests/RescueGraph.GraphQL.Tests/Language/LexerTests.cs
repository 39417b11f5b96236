using RescueGraph.GraphQL.Language;

namespace RescueGraph.GraphQL.Tests.Language;

public class LexerTests
{
    private static Token LexOne(string text) => new Lexer(new Source(text)).Advance();

    private static Token LexSecond(string text)
    {
        var lexer = new Lexer(new Source(text));
        lexer.Advance();
        return lexer.Advance();
    }

    private static void AssertSyntaxError(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => LexSecond(text));
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new[] { new SourceLocation(line, column) }, error.Locations);
    }

    private static void AssertToken(Token token, TokenKind kind, int start, int end, string? value)
    {
        Assert.Equal(kind, token.Kind);
        Assert.Equal(start, token.Start);
        Assert.Equal(end, token.End);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void IgnoresBom() => AssertToken(LexOne("\uFEFF foo"), TokenKind.Name, 2, 5, "foo");

    [Theory]
    [InlineData("foo", 0, 1, 1)]
    [InlineData("\nfoo", 1, 2, 1)]
    [InlineData("\rfoo", 1, 2, 1)]
    [InlineData("\r\nfoo", 2, 2, 1)]
    [InlineData("\n\rfoo", 2, 3, 1)]
    [InlineData("\r\r\n\nfoo", 4, 4, 1)]
    [InlineData("\n\n\r\rfoo", 4, 5, 1)]
    [InlineData("\n \r\n \r  foo\n", 8, 4, 3)]
    public void TracksLinesAndColumns(string text, int start, int line, int column)
    {
        var token = LexOne(text);
        AssertToken(token, TokenKind.Name, start, start + 3, "foo");
        Assert.Equal(line, token.Line);
        Assert.Equal(column, token.Column);
    }

    [Theory]
    [InlineData("\n\n    foo\n\n\n", 6)]
    [InlineData("\t\tfoo\t\t", 2)]
    [InlineData("\n    #comment\n    foo#comment\n", 18)]
    [InlineData(",,,foo,,,", 3)]
    [InlineData("# Comment \U0001F600\nfoo", 13)]
    public void SkipsWhitespaceCommasAndComments(string text, int start) =>
        AssertToken(LexOne(text), TokenKind.Name, start, start + 3, "foo");

    [Fact]
    public void ErrorsRespectWhitespace() =>
        AssertSyntaxError("\n\n ~\n", "Unexpected character: \"~\".", 3, 2);

    [Theory]
    [InlineData("\"\"", 2, "")]
    [InlineData("\"simple\"", 8, "simple")]
    [InlineData("\" white space \"", 15, " white space ")]
    [InlineData("\"quote \\\"\"", 10, "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", 20, "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", 15, "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", 34, "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unescaped maximal unicode outside BMP \U0010FFFF\"", 42, "unescaped maximal unicode outside BMP \U0010FFFF")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", 34, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", 42, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", 50, "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", 42, "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", 47, "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", 57, "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", 56, "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", 56, "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", 56, "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"unescaped control char \u0007\"", 26, "unescaped control char \u0007")]
    public void LexesStrings(string text, int end, string value) => AssertToken(LexOne(text), TokenKind.String, 0, end, value);

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 1, 5)]
    [InlineData("\"no end quote", "Unterminated string.", 1, 14)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 1, 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"cannot escape half a pair \\uD83D\uDE00 esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28)]
    [InlineData("\"bad \\uD83D\\not an escape\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 6)]
    public void ReportsStringErrors(string text, string message, int line, int column) =>
        AssertSyntaxError(text, message, line, column);

    [Theory]
    [InlineData("\"\"\"\"\"\"", 6, "")]
    [InlineData("\"\"\"simple\"\"\"", 12, "simple")]
    [InlineData("\"\"\" white space \"\"\"", 19, " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", 22, "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", 32, "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", 16, "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", 28, "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", 32, "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", 38, "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", 19, "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", 68, "spans\n  multiple\n    lines")]
    public void LexesBlockStrings(string text, int end, string value)
    {
        var token = LexOne(text);
        AssertToken(token, TokenKind.BlockString, 0, end, value);
        Assert.Equal(1, token.Line);
        Assert.Equal(1, token.Column);
    }

    [Theory]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \n \"\"\" second_token", 71, 8, 6)]
    [InlineData("\"\"\" \nspans \r\nmultiple \n\rlines \n\n\"\"\"\n second_token", 37, 8, 2)]
    public void AdvancesLineAfterMultilineBlockString(string text, int start, int line, int column)
    {
        var token = LexSecond(text);
        AssertToken(token, TokenKind.Name, start, start + 12, "second_token");
        Assert.Equal(line, token.Line);
        Assert.Equal(column, token.Column);
    }

    [Theory]
    [InlineData("\"\"\"no end quote", "Unterminated string.", 1, 16)]
    public void ReportsBlockStringErrors(string text, string message, int line, int column) =>
        AssertSyntaxError(text, message, line, column);

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E4", TokenKind.Float)]
    [InlineData("-1.123e-4", TokenKind.Float)]
    [InlineData("-1.123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void LexesNumbers(string text, TokenKind kind) => AssertToken(LexOne(text), kind, 0, text.Length, text);

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("01.23", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1E", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1, 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1.0e\"", "Invalid number, expected digit but got: '\"'.", 1, 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 1, 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 1, 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 1, 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 1, 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 1, 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 1, 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 1, 6)]
    public void ReportsNumberErrors(string text, string message, int line, int column) =>
        AssertSyntaxError(text, message, line, column);

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenL)]
    [InlineData(")", TokenKind.ParenR)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketL)]
    [InlineData("]", TokenKind.BracketR)]
    [InlineData("{", TokenKind.BraceL)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceR)]
    public void LexesPunctuators(string text, TokenKind kind) => AssertToken(LexOne(text), kind, 0, text.Length, null);

    [Theory]
    [InlineData("_", "_")]
    [InlineData("simpleName", "simpleName")]
    [InlineData("name_with_123", "name_with_123")]
    [InlineData("__typename", "__typename")]
    public void LexesNames(string text, string value) => AssertToken(LexOne(text), TokenKind.Name, 0, text.Length, value);

    [Theory]
    [InlineData("..", "Unexpected character: \".\".")]
    [InlineData("~", "Unexpected character: \"~\".")]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("\u0000", "Unexpected character: U+0000.")]
    [InlineData("\b", "Unexpected character: U+0008.")]
    [InlineData("\u00AA", "Unexpected character: U+00AA.")]
    [InlineData("\u0AAA", "Unexpected character: U+0AAA.")]
    [InlineData("\u203B", "Unexpected character: U+203B.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("\uD800\uDC00", "Unexpected character: U+10000.")]
    [InlineData("\uDBFF\uDFFF", "Unexpected character: U+10FFFF.")]
    public void ReportsUnknownCharacters(string text, string message) => AssertSyntaxError(text, message, 1, 1);

    // Lone surrogates cannot live in attribute arguments (metadata stores UTF-8), so these cases are built in code.
    [Fact]
    public void ReportsLoneSurrogates()
    {
        AssertSyntaxError("\"bad surrogate \uDEAD\"", "Invalid character within String: U+DEAD.", 1, 16);
        AssertSyntaxError("\"bad high surrogate pair \uDEAD\uDEAD\"", "Invalid character within String: U+DEAD.", 1, 26);
        AssertSyntaxError("\"bad low surrogate pair \uD800\uD800\"", "Invalid character within String: U+D800.", 1, 25);
        AssertSyntaxError("\"cannot escape half a pair \uD83D\\uDE00 esc\"", "Invalid character within String: U+D83D.", 1, 28);
        AssertSyntaxError("\"\"\"contains invalid surrogate \uDEAD\"\"\"", "Invalid character within String: U+DEAD.", 1, 31);
        AssertSyntaxError("\uDEAD", "Invalid character: U+DEAD.", 1, 1);
    }

    [Fact]
    public void ReportsLoneSurrogateInComment() =>
        AssertSyntaxError("# Invalid surrogate \uDEAD", "Invalid character: U+DEAD.", 1, 21);

    [Fact]
    public void DashInNameStartsANumber()
    {
        var lexer = new Lexer(new Source("a-b"));
        AssertToken(lexer.Advance(), TokenKind.Name, 0, 1, "a");
        var error = Assert.Throws<GraphQLError>(() => lexer.Advance());
        Assert.Equal("Syntax Error: Invalid number, expected digit but got: \"b\".", error.Message);
        Assert.Equal(new[] { new SourceLocation(1, 3) }, error.Locations);
    }

    [Fact]
    public void LookaheadDoesNotMoveAndEofRepeats()
    {
        var lexer = new Lexer(new Source("{ a }"));
        Assert.Equal(TokenKind.StartOfFile, lexer.Token.Kind);
        Assert.Equal(TokenKind.BraceL, lexer.Lookahead().Kind);
        Assert.Equal(TokenKind.StartOfFile, lexer.Token.Kind);
        Assert.Equal(TokenKind.BraceL, lexer.Advance().Kind);
        Assert.Equal("a", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Advance().Value);
        Assert.Equal(TokenKind.BraceL, lexer.LastToken.Kind);
        Assert.Equal(TokenKind.BraceR, lexer.Advance().Kind);
        var eof = lexer.Advance();
        Assert.Equal(TokenKind.EndOfFile, eof.Kind);
        Assert.Equal(5, eof.Start);
        Assert.Equal(6, eof.Column);
        Assert.Equal(eof, lexer.Advance());
        Assert.Equal(eof, lexer.Lookahead());
    }

    [Theory]
    [InlineData(TokenKind.EndOfFile, null, "<EOF>")]
    [InlineData(TokenKind.BraceR, null, "\"}\"")]
    [InlineData(TokenKind.Name, "fragment", "Name \"fragment\"")]
    [InlineData(TokenKind.Int, "12", "Int \"12\"")]
    [InlineData(TokenKind.BlockString, "x", "BlockString \"x\"")]
    public void DescribesTokensLikeGraphQLJs(TokenKind kind, string? value, string expected) =>
        Assert.Equal(expected, new Token(kind, 0, 0, 1, 1, value).Describe());
}
