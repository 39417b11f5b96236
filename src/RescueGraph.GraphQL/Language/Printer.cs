using System.Text;

namespace RescueGraph.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text exactly like graphql-js 16's <c>print()</c>: two-space
/// indentation, block strings via <see cref="BlockString.Print"/>, strings via
/// <see cref="StringPrinter"/>, field arguments wrapped when the line would exceed 80 chars.
/// </summary>
public sealed class Printer
{
    private const int MaxLineLength = 80;

    private readonly StringBuilder _out = new();
    private int _indent;

    private Printer()
    {
    }

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var printer = new Printer();
        printer.Node(node);
        return printer._out.ToString();
    }

    // graphql-js indents nested output by prefixing every line, so every newline we emit
    // (including those inside block strings) is followed by the current indentation.
    private void NewLine() => _out.Append('\n').Append(' ', _indent * 2);

    private void Text(string text) => _out.Append(text);

    /// <summary>Writes text that may contain newlines (block strings, pre-rendered parts), indenting each new line.</summary>
    private void MultilineText(string text)
    {
        if (_indent == 0)
        {
            _out.Append(text);
            return;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _out.Append(text, start, i - start);
                NewLine();
                start = i + 1;
            }
        }

        _out.Append(text, start, text.Length - start);
    }

    private void Node(SyntaxNode node)
    {
        switch (node)
        {
            case NameNode name: Text(name.Value); break;
            case DocumentNode document: Document(document); break;
            case OperationDefinitionNode operation: OperationDefinition(operation); break;
            case VariableDefinitionNode variableDefinition: VariableDefinition(variableDefinition); break;
            case SelectionSetNode selectionSet: Block(selectionSet.Selections); break;
            case FieldNode field: Field(field); break;
            case ArgumentNode argument: NameColonValue(argument.Name, argument.Value); break;
            case FragmentSpreadNode spread: FragmentSpread(spread); break;
            case InlineFragmentNode inline: InlineFragment(inline); break;
            case FragmentDefinitionNode fragment: FragmentDefinition(fragment); break;
            case ValueNode value: Value(value); break;
            case ObjectFieldNode objectField: NameColonValue(objectField.Name, objectField.Value); break;
            case DirectiveNode directive: Directive(directive); break;
            case TypeNode type: Type(type); break;
            case SchemaDefinitionNode schema: SchemaDefinition(schema); break;
            case OperationTypeDefinitionNode operationType: OperationTypeDefinition(operationType); break;
            case ScalarTypeDefinitionNode scalar: ScalarTypeDefinition(scalar); break;
            case ObjectTypeDefinitionNode objectType: ObjectLike("type", objectType.Description, objectType.Name, objectType.Interfaces, objectType.Directives, objectType.Fields); break;
            case FieldDefinitionNode fieldDefinition: FieldDefinition(fieldDefinition); break;
            case InputValueDefinitionNode inputValue: InputValueDefinition(inputValue); break;
            case InterfaceTypeDefinitionNode interfaceType: ObjectLike("interface", interfaceType.Description, interfaceType.Name, interfaceType.Interfaces, interfaceType.Directives, interfaceType.Fields); break;
            case UnionTypeDefinitionNode union: UnionLike("union", union.Description, union.Name, union.Directives, union.Types); break;
            case EnumTypeDefinitionNode enumType: Keyworded("enum", enumType.Description, enumType.Name, enumType.Directives, enumType.Values); break;
            case EnumValueDefinitionNode enumValue: EnumValueDefinition(enumValue); break;
            case InputObjectTypeDefinitionNode inputObject: Keyworded("input", inputObject.Description, inputObject.Name, inputObject.Directives, inputObject.Fields); break;
            case DirectiveDefinitionNode directiveDefinition: DirectiveDefinition(directiveDefinition); break;
            case SchemaExtensionNode schemaExtension: SchemaExtension(schemaExtension); break;
            case ScalarTypeExtensionNode scalarExtension: Keyworded("extend scalar", null, scalarExtension.Name, scalarExtension.Directives, Array.Empty<SyntaxNode>()); break;
            case ObjectTypeExtensionNode objectExtension: ObjectLike("extend type", null, objectExtension.Name, objectExtension.Interfaces, objectExtension.Directives, objectExtension.Fields); break;
            case InterfaceTypeExtensionNode interfaceExtension: ObjectLike("extend interface", null, interfaceExtension.Name, interfaceExtension.Interfaces, interfaceExtension.Directives, interfaceExtension.Fields); break;
            case UnionTypeExtensionNode unionExtension: UnionLike("extend union", null, unionExtension.Name, unionExtension.Directives, unionExtension.Types); break;
            case EnumTypeExtensionNode enumExtension: Keyworded("extend enum", null, enumExtension.Name, enumExtension.Directives, enumExtension.Values); break;
            case InputObjectTypeExtensionNode inputExtension: Keyworded("extend input", null, inputExtension.Name, inputExtension.Directives, inputExtension.Fields); break;
            default: throw new ArgumentException($"Cannot print node of kind {node.Kind}.", nameof(node));
        }
    }

    // ---- Executable definitions -----------------------------------------------------------

    private void Document(DocumentNode document)
    {
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            if (i > 0)
            {
                NewLine();
                NewLine();
            }

            Node(document.Definitions[i]);
        }
    }

    private void OperationDefinition(OperationDefinitionNode operation)
    {
        // Anonymous queries without description, variables or directives use the shorthand form.
        var isShorthand = operation.Operation == OperationType.Query && operation.Description is null
            && operation.Name is null && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0;
        if (!isShorthand)
        {
            Description(operation.Description);
            Text(OperationKeyword(operation.Operation));
            if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
            {
                Text(" ");
                if (operation.Name is not null)
                {
                    Text(operation.Name.Value);
                }

                VariableDefinitions(operation.VariableDefinitions);
            }

            SpaceDirectives(operation.Directives);
            Text(" ");
        }

        Block(operation.SelectionSet.Selections);
    }

    /// <summary>Inline <c>($a: T, $b: U)</c>, or one per line (unindented, as graphql-js does) when any is multi-line.</summary>
    private void VariableDefinitions(IReadOnlyList<VariableDefinitionNode> variableDefinitions)
    {
        if (variableDefinitions.Count == 0)
        {
            return;
        }

        var rendered = RenderEach(variableDefinitions);
        var multiline = AnyContainsNewLine(rendered);
        Text("(");
        for (var i = 0; i < rendered.Length; i++)
        {
            if (multiline)
            {
                NewLine();
            }
            else if (i > 0)
            {
                Text(", ");
            }

            MultilineText(rendered[i]);
        }

        if (multiline)
        {
            NewLine();
        }

        Text(")");
    }

    private void VariableDefinition(VariableDefinitionNode variableDefinition)
    {
        Description(variableDefinition.Description);
        Value(variableDefinition.Variable);
        Text(": ");
        Type(variableDefinition.Type);
        if (variableDefinition.DefaultValue is not null)
        {
            Text(" = ");
            Value(variableDefinition.DefaultValue);
        }

        SpaceDirectives(variableDefinition.Directives);
    }

    private void Field(FieldNode field)
    {
        if (field.Arguments.Count == 0)
        {
            AliasAndName(field);
        }
        else
        {
            // graphql-js measures "alias: name(args)" on its own and wraps the arguments past 80 chars.
            var inline = Render(p =>
            {
                p.AliasAndName(field);
                p.Text("(");
                p.Joined(field.Arguments, ", ");
                p.Text(")");
            });
            if (inline.Length > MaxLineLength)
            {
                AliasAndName(field);
                Text("(");
                IndentedLines(field.Arguments);
                NewLine();
                Text(")");
            }
            else
            {
                MultilineText(inline);
            }
        }

        SpaceDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            Text(" ");
            Block(field.SelectionSet.Selections);
        }
    }

    private void AliasAndName(FieldNode field)
    {
        if (field.Alias is not null)
        {
            Text(field.Alias.Value);
            Text(": ");
        }

        Text(field.Name.Value);
    }

    private void FragmentSpread(FragmentSpreadNode spread)
    {
        Text("...");
        Text(spread.Name.Value);
        SpaceDirectives(spread.Directives);
    }

    private void InlineFragment(InlineFragmentNode inline)
    {
        Text("...");
        if (inline.TypeCondition is not null)
        {
            Text(" on ");
            Text(inline.TypeCondition.Name.Value);
        }

        SpaceDirectives(inline.Directives);
        Text(" ");
        Block(inline.SelectionSet.Selections);
    }

    private void FragmentDefinition(FragmentDefinitionNode fragment)
    {
        Description(fragment.Description);
        Text("fragment ");
        Text(fragment.Name.Value);
        if (fragment.VariableDefinitions.Count > 0)
        {
            Text("(");
            Joined(fragment.VariableDefinitions, ", ");
            Text(")");
        }

        Text(" on ");
        Text(fragment.TypeCondition.Name.Value);
        Text(" ");
        if (fragment.Directives.Count > 0)
        {
            Joined(fragment.Directives, " ");
            Text(" ");
        }

        Block(fragment.SelectionSet.Selections);
    }

    // ---- Values, directives, types --------------------------------------------------------

    private void Value(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                Text("$");
                Text(variable.Name.Value);
                break;
            case IntValueNode intValue: Text(intValue.Value); break;
            case FloatValueNode floatValue: Text(floatValue.Value); break;
            case StringValueNode stringValue: StringValue(stringValue); break;
            case BooleanValueNode booleanValue: Text(booleanValue.Value ? "true" : "false"); break;
            case NullValueNode: Text("null"); break;
            case EnumValueNode enumValue: Text(enumValue.Value); break;
            case ListValueNode list:
                Text("[");
                Joined(list.Values, ", ");
                Text("]");
                break;
            case ObjectValueNode obj:
                Text("{");
                Joined(obj.Fields, ", ");
                Text("}");
                break;
            default: throw new ArgumentException($"Cannot print value of kind {value.Kind}.", nameof(value));
        }
    }

    private void StringValue(StringValueNode stringValue)
    {
        if (stringValue.Block)
        {
            MultilineText(BlockString.Print(stringValue.Value));
        }
        else
        {
            StringPrinter.Append(_out, stringValue.Value);
        }
    }

    private void NameColonValue(NameNode name, ValueNode value)
    {
        Text(name.Value);
        Text(": ");
        Value(value);
    }

    private void Directive(DirectiveNode directive)
    {
        Text("@");
        Text(directive.Name.Value);
        if (directive.Arguments.Count > 0)
        {
            Text("(");
            Joined(directive.Arguments, ", ");
            Text(")");
        }
    }

    private void Type(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named: Text(named.Name.Value); break;
            case ListTypeNode list:
                Text("[");
                Type(list.Type);
                Text("]");
                break;
            case NonNullTypeNode nonNull:
                Type(nonNull.Type);
                Text("!");
                break;
            default: throw new ArgumentException($"Cannot print type of kind {type.Kind}.", nameof(type));
        }
    }

    // ---- Type system ----------------------------------------------------------------------

    private void SchemaDefinition(SchemaDefinitionNode schema)
    {
        Description(schema.Description);
        Text("schema");
        SpaceDirectives(schema.Directives);
        SpaceBlock(schema.OperationTypes);
    }

    private void SchemaExtension(SchemaExtensionNode schemaExtension)
    {
        Text("extend schema");
        SpaceDirectives(schemaExtension.Directives);
        SpaceBlock(schemaExtension.OperationTypes);
    }

    private void OperationTypeDefinition(OperationTypeDefinitionNode operationType)
    {
        Text(OperationKeyword(operationType.Operation));
        Text(": ");
        Text(operationType.Type.Name.Value);
    }

    private void ScalarTypeDefinition(ScalarTypeDefinitionNode scalar) =>
        Keyworded("scalar", scalar.Description, scalar.Name, scalar.Directives, Array.Empty<SyntaxNode>());

    /// <summary><c>keyword Name @directives { members }</c> — scalars, enums, input objects and their extensions.</summary>
    private void Keyworded<T>(string keyword, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<T> members)
        where T : SyntaxNode
    {
        Description(description);
        Text(keyword);
        Text(" ");
        Text(name.Value);
        SpaceDirectives(directives);
        SpaceBlock(members);
    }

    /// <summary><c>keyword Name implements A &amp; B @directives { fields }</c> — objects, interfaces and their extensions.</summary>
    private void ObjectLike(string keyword, StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    {
        Description(description);
        Text(keyword);
        Text(" ");
        Text(name.Value);
        if (interfaces.Count > 0)
        {
            Text(" implements ");
            Joined(interfaces, " & ");
        }

        SpaceDirectives(directives);
        SpaceBlock(fields);
    }

    private void UnionLike(string keyword, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        Description(description);
        Text(keyword);
        Text(" ");
        Text(name.Value);
        SpaceDirectives(directives);
        if (types.Count > 0)
        {
            Text(" = ");
            Joined(types, " | ");
        }
    }

    private void FieldDefinition(FieldDefinitionNode field)
    {
        Description(field.Description);
        Text(field.Name.Value);
        ArgumentDefinitions(field.Arguments);
        Text(": ");
        Type(field.Type);
        SpaceDirectives(field.Directives);
    }

    /// <summary>Inline <c>(a: T, b: U)</c>, or one indented per line when any argument prints on several lines.</summary>
    private void ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var rendered = RenderEach(arguments);
        Text("(");
        if (AnyContainsNewLine(rendered))
        {
            _indent++;
            for (var i = 0; i < rendered.Length; i++)
            {
                NewLine();
                MultilineText(rendered[i]);
            }

            _indent--;
            NewLine();
        }
        else
        {
            for (var i = 0; i < rendered.Length; i++)
            {
                if (i > 0)
                {
                    Text(", ");
                }

                Text(rendered[i]);
            }
        }

        Text(")");
    }

    private void InputValueDefinition(InputValueDefinitionNode inputValue)
    {
        Description(inputValue.Description);
        Text(inputValue.Name.Value);
        Text(": ");
        Type(inputValue.Type);
        if (inputValue.DefaultValue is not null)
        {
            Text(" = ");
            Value(inputValue.DefaultValue);
        }

        SpaceDirectives(inputValue.Directives);
    }

    private void EnumValueDefinition(EnumValueDefinitionNode enumValue)
    {
        Description(enumValue.Description);
        Text(enumValue.Name.Value);
        SpaceDirectives(enumValue.Directives);
    }

    private void DirectiveDefinition(DirectiveDefinitionNode directive)
    {
        Description(directive.Description);
        Text("directive @");
        Text(directive.Name.Value);
        ArgumentDefinitions(directive.Arguments);
        if (directive.Repeatable)
        {
            Text(" repeatable");
        }

        Text(" on ");
        Joined(directive.Locations, " | ");
    }

    // ---- Shared pieces --------------------------------------------------------------------

    private void Description(StringValueNode? description)
    {
        if (description is not null)
        {
            StringValue(description);
            NewLine();
        }
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private void SpaceDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count > 0)
        {
            Text(" ");
            Joined(directives, " ");
        }
    }

    private void SpaceBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count > 0)
        {
            Text(" ");
            Block(items);
        }
    }

    /// <summary>graphql-js's <c>block</c>: <c>{</c>, items one per line indented, <c>}</c>; nothing when empty.</summary>
    private void Block<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        Text("{");
        IndentedLines(items);
        NewLine();
        Text("}");
    }

    private void IndentedLines<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        _indent++;
        for (var i = 0; i < items.Count; i++)
        {
            NewLine();
            Node(items[i]);
        }

        _indent--;
    }

    private void Joined<T>(IReadOnlyList<T> items, string separator)
        where T : SyntaxNode
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Text(separator);
            }

            Node(items[i]);
        }
    }

    /// <summary>Prints a part on its own, unindented, where graphql-js inspects the printed text.</summary>
    private static string Render(Action<Printer> print)
    {
        var printer = new Printer();
        print(printer);
        return printer._out.ToString();
    }

    private static string[] RenderEach<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        var rendered = new string[nodes.Count];
        for (var i = 0; i < rendered.Length; i++)
        {
            rendered[i] = Print(nodes[i]);
        }

        return rendered;
    }

    private static bool AnyContainsNewLine(string[] parts)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Contains('\n'))
            {
                return true;
            }
        }

        return false;
    }
}
