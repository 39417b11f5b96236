using System.Globalization;
using System.Text;

namespace RescueGraph.GraphQL.Language;

/// <summary>
/// Turns a <see cref="Source"/> into tokens on demand, skipping ignored tokens (whitespace,
/// line terminators, commas, comments, BOM). Mirrors graphql-js 16's lexer, including its
/// error messages. After <see cref="TokenKind.EndOfFile"/> it keeps returning EOF.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private Cursor _cursor;
    private bool _hasLookahead;
    private Token _lookahead;
    private Cursor _cursorAfterLookahead;

    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        _cursor = new Cursor(0, 1, 0);
        Token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1, null);
        LastToken = Token;
    }

    public Source Source { get; }

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before <see cref="Token"/>; node locations end where it ends.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next significant token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        if (_hasLookahead)
        {
            _hasLookahead = false;
            _cursor = _cursorAfterLookahead;
            Token = _lookahead;
        }
        else
        {
            Token = ReadToken(ref _cursor);
        }

        return Token;
    }

    /// <summary>The token after <see cref="Token"/>, without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        if (!_hasLookahead)
        {
            var cursor = _cursor;
            _lookahead = ReadToken(ref cursor);
            _cursorAfterLookahead = cursor;
            _hasLookahead = true;
        }

        return _lookahead;
    }

    /// <summary>Lexer position: where to resume, and the current line with its start offset.</summary>
    private struct Cursor(int position, int line, int lineStart)
    {
        public int Position = position;
        public int Line = line;
        public int LineStart = lineStart;
    }

    private Token ReadToken(ref Cursor cursor)
    {
        var body = _body;
        var length = body.Length;
        var pos = cursor.Position;
        while (pos < length)
        {
            var c = body[pos];
            switch (c)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    pos++;
                    continue;
                case '\n':
                    pos++;
                    cursor.Line++;
                    cursor.LineStart = pos;
                    continue;
                case '\r':
                    pos += pos + 1 < length && body[pos + 1] == '\n' ? 2 : 1;
                    cursor.Line++;
                    cursor.LineStart = pos;
                    continue;
                case '#':
                    pos = SkipComment(pos);
                    continue;
            }

            var line = cursor.Line;
            var column = pos + 1 - cursor.LineStart;
            var punctuator = PunctuatorKind(c);
            if (punctuator != TokenKind.StartOfFile)
            {
                cursor.Position = pos + 1;
                return new Token(punctuator, pos, pos + 1, line, column, null);
            }

            Token token;
            if (c == '.')
            {
                if (pos + 2 < length && body[pos + 1] == '.' && body[pos + 2] == '.')
                {
                    token = new Token(TokenKind.Spread, pos, pos + 3, line, column, null);
                }
                else
                {
                    throw UnexpectedCharacter(pos);
                }
            }
            else if (c == '"')
            {
                token = pos + 2 < length && body[pos + 1] == '"' && body[pos + 2] == '"'
                    ? ReadBlockString(pos, line, column, ref cursor)
                    : ReadString(pos, line, column);
            }
            else if (CharClasses.IsDigit(c) || c == '-')
            {
                token = ReadNumber(pos, line, column);
            }
            else if (CharClasses.IsNameStart(c))
            {
                token = ReadName(pos, line, column);
            }
            else
            {
                throw UnexpectedCharacter(pos);
            }

            cursor.Position = token.End;
            return token;
        }

        cursor.Position = length;
        return new Token(TokenKind.EndOfFile, length, length, cursor.Line, length + 1 - cursor.LineStart, null);
    }

    private static TokenKind PunctuatorKind(char c) => c switch
    {
        '!' => TokenKind.Bang,
        '$' => TokenKind.Dollar,
        '&' => TokenKind.Amp,
        '(' => TokenKind.ParenL,
        ')' => TokenKind.ParenR,
        ':' => TokenKind.Colon,
        '=' => TokenKind.Equals,
        '@' => TokenKind.At,
        '[' => TokenKind.BracketL,
        ']' => TokenKind.BracketR,
        '{' => TokenKind.BraceL,
        '|' => TokenKind.Pipe,
        '}' => TokenKind.BraceR,
        _ => TokenKind.StartOfFile, // "not a single-char punctuator"
    };

    private GraphQLError UnexpectedCharacter(int pos)
    {
        var c = _body[pos];
        string description;
        if (c == '\'')
        {
            description = "Unexpected single quote character ('), did you mean to use a double quote (\")?";
        }
        else if (CharClasses.IsUnicodeScalarValue(c) || CharClasses.IsSupplementaryCodePoint(_body, pos))
        {
            description = $"Unexpected character: {PrintCodePointAt(pos)}.";
        }
        else
        {
            description = $"Invalid character: {PrintCodePointAt(pos)}.";
        }

        return Error(pos, description);
    }

    private GraphQLError Error(int pos, string description) => SyntaxErrors.At(Source, pos, description);

    /// <summary>
    /// graphql-js's <c>printCodePointAt</c>: printable ASCII in quotes, otherwise <c>U+XXXX</c>,
    /// and <c>&lt;EOF&gt;</c> past the end.
    /// </summary>
    private string PrintCodePointAt(int pos)
    {
        if (pos >= _body.Length)
        {
            return "<EOF>";
        }

        int code = CharClasses.IsSupplementaryCodePoint(_body, pos)
            ? char.ConvertToUtf32(_body[pos], _body[pos + 1])
            : _body[pos];
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private int CharAt(int pos) => pos < _body.Length ? _body[pos] : -1;

    /// <summary>Skips <c># …</c> up to (not including) the line terminator; returns where it ends.</summary>
    private int SkipComment(int start)
    {
        var body = _body;
        var pos = start + 1;
        while (pos < body.Length)
        {
            var c = body[pos];
            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (CharClasses.IsUnicodeScalarValue(c))
            {
                pos++;
            }
            else if (CharClasses.IsSupplementaryCodePoint(body, pos))
            {
                pos += 2;
            }
            else
            {
                // A lone surrogate ends the comment; lexing it next reports "Invalid character".
                break;
            }
        }

        return pos;
    }

    private Token ReadName(int start, int line, int column)
    {
        var body = _body;
        var pos = start + 1;
        while (pos < body.Length && CharClasses.IsNameContinue(body[pos]))
        {
            pos++;
        }

        return new Token(TokenKind.Name, start, pos, line, column, body.Substring(start, pos - start));
    }

    /// <summary>
    /// IntValue / FloatValue: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>, and the
    /// spec's lookahead restriction: no <c>.</c> or NameStart right after a number.
    /// </summary>
    private Token ReadNumber(int start, int line, int column)
    {
        var pos = start;
        var c = CharAt(pos);
        var isFloat = false;
        if (c == '-')
        {
            c = CharAt(++pos);
        }

        if (c == '0')
        {
            c = CharAt(++pos);
            if (CharClasses.IsDigit(c))
            {
                throw Error(pos, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(pos)}.");
            }
        }
        else
        {
            pos = ReadDigits(pos);
            c = CharAt(pos);
        }

        if (c == '.')
        {
            isFloat = true;
            pos = ReadDigits(pos + 1);
            c = CharAt(pos);
        }

        if (c == 'e' || c == 'E')
        {
            isFloat = true;
            c = CharAt(++pos);
            if (c == '+' || c == '-')
            {
                pos++;
            }

            pos = ReadDigits(pos);
            c = CharAt(pos);
        }

        if (c == '.' || CharClasses.IsNameStart(c))
        {
            throw Error(pos, $"Invalid number, expected digit but got: {PrintCodePointAt(pos)}.");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, pos, line, column, _body.Substring(start, pos - start));
    }

    /// <summary>Reads one or more digits starting at <paramref name="start"/>; returns the position after them.</summary>
    private int ReadDigits(int start)
    {
        if (!CharClasses.IsDigit(CharAt(start)))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var pos = start + 1;
        while (CharClasses.IsDigit(CharAt(pos)))
        {
            pos++;
        }

        return pos;
    }

    private Token ReadString(int start, int line, int column)
    {
        var body = _body;
        var pos = start + 1;
        var chunkStart = pos;
        StringBuilder? value = null; // only allocated once an escape sequence appears
        while (pos < body.Length)
        {
            var c = body[pos];
            if (c == '"')
            {
                string cooked;
                if (value is null)
                {
                    cooked = body.Substring(chunkStart, pos - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, pos - chunkStart);
                    cooked = value.ToString();
                }

                return new Token(TokenKind.String, start, pos + 1, line, column, cooked);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder(pos - chunkStart + 16);
                value.Append(body, chunkStart, pos - chunkStart);
                pos += ReadEscape(pos, value);
                chunkStart = pos;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (CharClasses.IsUnicodeScalarValue(c))
            {
                pos++;
            }
            else if (CharClasses.IsSupplementaryCodePoint(body, pos))
            {
                pos += 2;
            }
            else
            {
                throw Error(pos, $"Invalid character within String: {PrintCodePointAt(pos)}.");
            }
        }

        throw Error(pos, "Unterminated string.");
    }

    /// <summary>Appends the value of the escape sequence at <paramref name="pos"/> and returns its length.</summary>
    private int ReadEscape(int pos, StringBuilder value)
    {
        var next = CharAt(pos + 1);
        if (next == 'u')
        {
            return CharAt(pos + 2) == '{'
                ? ReadVariableWidthUnicodeEscape(pos, value)
                : ReadFixedWidthUnicodeEscape(pos, value);
        }

        char? escaped = next switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(pos, $"Invalid character escape sequence: \"{Slice(pos, 2)}\".");
        }

        value.Append(escaped.Value);
        return 2;
    }

    /// <summary><c>\u{X…}</c>: 1 to 8 hex digits naming a Unicode scalar value.</summary>
    private int ReadVariableWidthUnicodeEscape(int pos, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        // No longer than \u{00000000} (12 chars).
        while (size < 12)
        {
            var c = CharAt(pos + size++);
            if (c == '}')
            {
                if (size < 5 || !CharClasses.IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            var digit = CharClasses.HexValue(c);
            if (digit < 0)
            {
                break;
            }

            point = (point << 4) | digit;
        }

        throw Error(pos, $"Invalid Unicode escape sequence: \"{Slice(pos, size)}\".");
    }

    /// <summary><c>\uXXXX</c>; a leading surrogate must be followed by an escaped trailing surrogate.</summary>
    private int ReadFixedWidthUnicodeEscape(int pos, StringBuilder value)
    {
        var code = Read16BitHex(pos + 2);
        if (CharClasses.IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code >= 0xD800 && code <= 0xDBFF && CharAt(pos + 6) == '\\' && CharAt(pos + 7) == 'u')
        {
            var trailing = Read16BitHex(pos + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(pos, $"Invalid Unicode escape sequence: \"{Slice(pos, 6)}\".");
    }

    /// <summary>Four hex digits at <paramref name="pos"/> as a number, or -1.</summary>
    private int Read16BitHex(int pos)
    {
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = CharClasses.HexValue(CharAt(pos + i));
            if (digit < 0)
            {
                return -1;
            }

            result = (result << 4) | digit;
        }

        return result;
    }

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point < 0x10000)
        {
            value.Append((char)point);
        }
        else
        {
            point -= 0x10000;
            value.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
        }
    }

    /// <summary>Like JS <c>slice</c>: clamps to the end of the body.</summary>
    private string Slice(int start, int length) => _body.Substring(start, Math.Min(length, _body.Length - start));

    /// <summary>
    /// <c>"""…"""</c>: raw text where only <c>\"""</c> is an escape, split into lines and dedented
    /// with the spec's BlockStringValue algorithm. Moves the cursor's line past the string.
    /// </summary>
    private Token ReadBlockString(int start, int line, int column, ref Cursor cursor)
    {
        var body = _body;
        var lineStart = cursor.LineStart;
        var lineCount = 1;
        var pos = start + 3;
        var chunkStart = pos;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (pos < body.Length)
        {
            var c = body[pos];
            if (c == '"' && pos + 2 < body.Length && body[pos + 1] == '"' && body[pos + 2] == '"')
            {
                currentLine.Append(body, chunkStart, pos - chunkStart);
                lines.Add(currentLine.ToString());
                cursor.Line += lineCount - 1;
                cursor.LineStart = lineStart;
                return new Token(TokenKind.BlockString, start, pos + 3, line, column, BlockString.Dedent(lines));
            }

            if (c == '\\' && pos + 3 < body.Length && body[pos + 1] == '"' && body[pos + 2] == '"' && body[pos + 3] == '"')
            {
                currentLine.Append(body, chunkStart, pos - chunkStart);
                chunkStart = pos + 1; // drop only the backslash
                pos += 4;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                currentLine.Append(body, chunkStart, pos - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                pos += c == '\r' && pos + 1 < body.Length && body[pos + 1] == '\n' ? 2 : 1;
                chunkStart = pos;
                lineStart = pos;
                lineCount++;
                continue;
            }

            if (CharClasses.IsUnicodeScalarValue(c))
            {
                pos++;
            }
            else if (CharClasses.IsSupplementaryCodePoint(body, pos))
            {
                pos += 2;
            }
            else
            {
                throw Error(pos, $"Invalid character within String: {PrintCodePointAt(pos)}.");
            }
        }

        throw Error(pos, "Unterminated string.");
    }
}
