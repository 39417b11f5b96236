using System.Runtime.CompilerServices;

namespace RescueGraph.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (executable and type system), following the
/// grammar of the spec (October 2021 plus graphql-js 16 extensions: descriptions on operations,
/// variable definitions and fragments). Method names mirror the grammar productions.
/// </summary>
public sealed class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions? options)
    {
        _lexer = new Lexer(new Source(source));
        _options = options ?? ParserOptions.Default;
    }

    /// <summary>Parses a whole document. Throws <see cref="GraphQLError"/> on a syntax error.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal, e.g. <c>[42, $var]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        new Parser(source, options).ParseStandalone(static p => p.ParseValueLiteral(isConst: false));

    /// <summary>Parses a single constant value literal; variables are a syntax error.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        new Parser(source, options).ParseStandalone(static p => p.ParseValueLiteral(isConst: true));

    /// <summary>Parses a type reference, e.g. <c>[Int!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        new Parser(source, options).ParseStandalone(static p => p.ParseTypeReference());

    private T ParseStandalone<T>(Func<Parser, T> parse)
    {
        ExpectToken(TokenKind.StartOfFile);
        var result = parse(this);
        ExpectToken(TokenKind.EndOfFile);
        return result;
    }

    // ---- Document -------------------------------------------------------------------------

    /// <summary>Document : Definition+</summary>
    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        var definitions = Many(TokenKind.StartOfFile, static p => p.ParseDefinition(), TokenKind.EndOfFile);
        return new DocumentNode { Definitions = definitions, Location = LocationFrom(start) };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinition | TypeSystemExtension.
    /// Many definitions begin with a description, so the keyword may be one token ahead.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keywordToken = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (hasDescription && keywordToken.Kind == TokenKind.BraceL)
        {
            throw Error(_lexer.Token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keywordToken.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    // ---- Operations -----------------------------------------------------------------------

    /// <summary>OperationDefinition : SelectionSet | Description? OperationType Name? VariableDefinitions? Directives? SelectionSet</summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceL))
        {
            var shorthandSelectionSet = ParseSelectionSet();
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = shorthandSelectionSet,
                Location = LocationFrom(start),
            };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variableDefinitions,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>VariableDefinitions : ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseVariableDefinition(), TokenKind.ParenR);

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Location = LocationFrom(start) };
    }

    /// <summary>SelectionSet : { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        EnterNesting(start);
        var selections = Many(TokenKind.BraceL, static p => p.ParseSelection(), TokenKind.BraceR);
        _depth--;
        return new SelectionSetNode { Selections = selections, Location = LocationFrom(start) };
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?</summary>
    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) => isConst
        ? OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: true), TokenKind.ParenR)
        : OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: false), TokenKind.ParenR);

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode { Name = name, Value = value, Location = LocationFrom(start) };
    }

    // ---- Fragments ------------------------------------------------------------------------

    /// <summary>
    /// FragmentSpread : ... FragmentName Directives?
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Location = LocationFrom(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    /// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        var variableDefinitions = _options.AllowLegacyFragmentVariables
            ? ParseVariableDefinitions()
            : Array.Empty<VariableDefinitionNode>();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            VariableDefinitions = variableDefinitions,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    /// <summary>FragmentName : Name but not <c>on</c></summary>
    private NameNode ParseFragmentName()
    {
        if (_lexer.Token.Value == "on")
        {
            throw Unexpected(_lexer.Token);
        }

        return ParseName();
    }

    // ---- Values ---------------------------------------------------------------------------

    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue
    /// | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode { Value = token.Value!, Location = LocationFrom(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode { Value = token.Value!, Location = LocationFrom(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = LocationFrom(token) },
                    "false" => new BooleanValueNode { Value = false, Location = LocationFrom(token) },
                    "null" => new NullValueNode { Location = LocationFrom(token) },
                    _ => new EnumValueNode { Value = token.Value!, Location = LocationFrom(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected(_lexer.Token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        AdvanceLexer();
        return new StringValueNode
        {
            Value = token.Value!,
            Block = token.Kind == TokenKind.BlockString,
            Location = LocationFrom(token),
        };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting(start);
        var values = isConst
            ? Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: true), TokenKind.BracketR)
            : Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: false), TokenKind.BracketR);
        _depth--;
        return new ListValueNode { Values = values, Location = LocationFrom(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting(start);
        var fields = isConst
            ? Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: true), TokenKind.BraceR)
            : Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: false), TokenKind.BraceR);
        _depth--;
        return new ObjectValueNode { Fields = fields, Location = LocationFrom(start) };
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = LocationFrom(start) };
    }

    // ---- Directives -----------------------------------------------------------------------

    /// <summary>Directives[Const] : Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return Array.Empty<DirectiveNode>();
        }

        var directives = new List<DirectiveNode>(2);
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));
        return directives;
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Location = LocationFrom(start) };
    }

    // ---- Types ----------------------------------------------------------------------------

    /// <summary>Type : NamedType | ListType | NonNullType</summary>
    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            EnterNesting(start);
            var innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode { Type = innerType, Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = LocationFrom(start) };
        }

        return type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = LocationFrom(start) };
    }

    // ---- Type system definitions ----------------------------------------------------------

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { OperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Location = LocationFrom(start),
        };
    }

    /// <summary>OperationTypeDefinition : OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Token;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = LocationFrom(start) };
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// <summary>ImplementsInterfaces : implements &amp;? NamedType | ImplementsInterfaces &amp; NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() => ExpectOptionalKeyword("implements")
        ? DelimitedMany(TokenKind.Amp, static p => p.ParseNamedType())
        : Array.Empty<NamedTypeNode>();

    /// <summary>FieldsDefinition : { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseInputValueDefinition(), TokenKind.ParenR);

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = types,
            Location = LocationFrom(start),
        };
    }

    /// <summary>UnionMemberTypes : = |? NamedType | UnionMemberTypes | NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() => ExpectOptionalToken(TokenKind.Equals)
        ? DelimitedMany(TokenKind.Pipe, static p => p.ParseNamedType())
        : Array.Empty<NamedTypeNode>();

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = values,
            Location = LocationFrom(start),
        };
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    /// <summary>EnumValue : Name but not <c>true</c>, <c>false</c> or <c>null</c></summary>
    private NameNode ParseEnumValueName()
    {
        var token = _lexer.Token;
        if (token.Value is "true" or "false" or "null")
        {
            throw Error(token.Start, $"{token.Describe()} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseInputValueDefinition(), TokenKind.BraceR);

    /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension</summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keywordToken = _lexer.Lookahead();
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    /// <summary>SchemaExtension : extend schema Directives[Const]? { OperationTypeDefinition+ } | extend schema Directives[Const]</summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = LocationFrom(start) };
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    /// <summary>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)</summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new ObjectTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// <summary>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)</summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new InterfaceTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = LocationFrom(start) };
    }

    /// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = LocationFrom(start) };
    }

    /// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(_lexer.Token);
        }

        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = LocationFrom(start) };
    }

    /// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, static p => p.ParseDirectiveLocation());
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Location = LocationFrom(start),
        };
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = _lexer.Token;
        var name = ParseName();
        return IsDirectiveLocation(name.Value) ? name : throw Unexpected(start);
    }

    private static bool IsDirectiveLocation(string name) => name switch
    {
        "QUERY" or "MUTATION" or "SUBSCRIPTION" or "FIELD" or "FRAGMENT_DEFINITION" or "FRAGMENT_SPREAD"
            or "INLINE_FRAGMENT" or "VARIABLE_DEFINITION" or "SCHEMA" or "SCALAR" or "OBJECT"
            or "FIELD_DEFINITION" or "ARGUMENT_DEFINITION" or "INTERFACE" or "UNION" or "ENUM"
            or "ENUM_VALUE" or "INPUT_OBJECT" or "INPUT_FIELD_DEFINITION" => true,
        _ => false,
    };

    // ---- Core helpers ---------------------------------------------------------------------

    /// <summary>Name : /[_A-Za-z][_0-9A-Za-z]*/</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = LocationFrom(token) };
    }

    /// <summary>The location from <paramref name="start"/> to the end of the last consumed token.</summary>
    private Location? LocationFrom(Token start) => _options.NoLocation
        ? null
        : new Location(start.Start, _lexer.LastToken.End, start.Line, start.Column);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw Error(token.Start, $"Expected {Token.DescribeKind(kind)}, found {token.Describe()}.");
        }

        AdvanceLexer();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        AdvanceLexer();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            throw Error(token.Start, $"Expected \"{keyword}\", found {token.Describe()}.");
        }

        AdvanceLexer();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            return false;
        }

        AdvanceLexer();
        return true;
    }

    private GraphQLError Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLError Error(int position, string description) => SyntaxErrors.At(_lexer.Source, position, description);

    /// <summary>open item* close — possibly empty.</summary>
    private IReadOnlyList<T> Any<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        if (ExpectOptionalToken(close))
        {
            return Array.Empty<T>();
        }

        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem(this));
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>(open item+ close)? — empty only when the open token is absent.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close) =>
        Peek(open) ? Many(open, parseItem, close) : Array.Empty<T>();

    /// <summary>open item+ close.</summary>
    private IReadOnlyList<T> Many<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem(this));
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>delimiter? item (delimiter item)*</summary>
    private IReadOnlyList<T> DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem(this));
        }
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }

    private void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    /// <summary>Counts one level of nesting; too deep (or too little stack left) is a syntax error.</summary>
    private void EnterNesting(Token at)
    {
        if (++_depth > _options.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(at.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.");
        }
    }
}
