using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using RescueGraph.GraphQL.Data.Filtering;

namespace RescueGraph.GraphQL.Data;

internal enum MemberKind { Scalar, Reference, Collection }

/// <summary>A filterable/sortable member of an entity, checked against the EF model when the schema is built.</summary>
internal sealed class EntityMember
{
    public required string GraphQLName { get; init; }
    public required PropertyInfo Property { get; init; }
    public required MemberKind Kind { get; init; }

    /// <summary>The operand kind of a scalar member (its operation filter input).</summary>
    public ScalarOperand? Operand { get; init; }

    /// <summary>
    /// True for enums stored as text (a value converter): the database would order them by name, so sorts and keyset
    /// comparisons use their declared rank instead (<see cref="Sorting.SortTranslator.EnumRank"/>).
    /// </summary>
    public bool EnumStoredAsText { get; init; }

    /// <summary>The related entity of a navigation.</summary>
    public Type? Target { get; init; }
}

/// <summary>What the library knows of one entity: its EF metadata, GraphQL name, key and filterable members.</summary>
internal sealed class EntityInfo
{
    public required Type ClrType { get; init; }
    public required string GraphQLName { get; init; }
    public required IEntityType EfType { get; init; }
    public required PropertyInfo Key { get; init; }
    public required EntityMember[] Members { get; init; }

    /// <summary>Primary and foreign key properties: always read, because cursors, node ids and child loaders need them.</summary>
    public required PropertyInfo[] KeyProperties { get; init; }

    public System.Linq.Expressions.LambdaExpression? DefaultOrder { get; init; }
    public bool DefaultOrderDescending { get; init; }

    public string FilterInputName => GraphQLName + "FilterInput";
    public string SortInputName => GraphQLName + "SortInput";
    public string ListFilterInputName => "ListFilterInputTypeOf" + FilterInputName;

    public EntityMember? FindMember(string graphQLName)
    {
        foreach (var member in Members)
            if (member.GraphQLName == graphQLName) return member;
        return null;
    }

    public static EntityInfo Create(IModel model, Type clrType, string? name, ISet<string> ignored, IReadOnlyList<string> included,
        System.Linq.Expressions.LambdaExpression? defaultOrder, bool defaultOrderDescending)
    {
        var efType = model.FindEntityType(clrType)
            ?? throw new InvalidOperationException($"{clrType.Name} is not an entity of the EF Core model, so it cannot be queried.");
        var primaryKey = efType.FindPrimaryKey()
            ?? throw new InvalidOperationException($"{clrType.Name} has no primary key; keyset paging needs one.");
        if (primaryKey.Properties.Count != 1 || primaryKey.Properties[0].PropertyInfo is null)
            throw new InvalidOperationException($"{clrType.Name} must have a single-property primary key (composite keys are not supported).");

        var members = new List<EntityMember>();
        foreach (var property in clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (ignored.Contains(property.Name) || property.GetIndexParameters().Length > 0) continue;
            var member = TryCreateMember(efType, property, out var reason);
            if (member is not null) members.Add(member);
            else if (included.Contains(property.Name))
                throw new InvalidOperationException(
                    $"{clrType.Name}.{property.Name} cannot be filtered or sorted: {reason} Only mapped columns and navigations translate to SQL.");
        }
        foreach (var requested in included)
        {
            if (clrType.GetProperty(requested) is null)
                throw new InvalidOperationException($"{clrType.Name} has no property {requested}.");
        }

        var keyProperties = new List<PropertyInfo> { primaryKey.Properties[0].PropertyInfo! };
        foreach (var foreignKey in efType.GetForeignKeys())
            foreach (var property in foreignKey.Properties)
                if (property.PropertyInfo is { } info && !keyProperties.Contains(info)) keyProperties.Add(info);

        return new EntityInfo
        {
            ClrType = clrType,
            GraphQLName = name ?? clrType.Name,
            EfType = efType,
            Key = primaryKey.Properties[0].PropertyInfo!,
            Members = [.. members],
            KeyProperties = [.. keyProperties],
            DefaultOrder = defaultOrder,
            DefaultOrderDescending = defaultOrderDescending,
        };
    }

    private static EntityMember? TryCreateMember(IEntityType efType, PropertyInfo property, out string reason)
    {
        var graphQLName = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
        if (efType.FindProperty(property.Name) is { PropertyInfo: not null } mapped)
        {
            var operand = ScalarOperand.For(mapped.ClrType);
            if (operand is null)
            {
                reason = $"its type {mapped.ClrType.Name} has no operation filter input.";
                return null;
            }
            reason = "";
            var storedAsText = operand.Kind == OperandKind.Enum && mapped.GetTypeMapping().Converter?.ProviderClrType == typeof(string);
            return new EntityMember { GraphQLName = graphQLName, Property = property, Kind = MemberKind.Scalar, Operand = operand, EnumStoredAsText = storedAsText };
        }
        if (efType.FindNavigation(property.Name) is { } navigation)
        {
            // A link entity keyed by two columns (story–animal) cannot be paged or filtered through: leave it out, as an
            // unmapped property is, so adding such a navigation to the model never breaks the schema build.
            if (navigation.TargetEntityType.FindPrimaryKey() is not { Properties: [{ PropertyInfo: not null }] })
            {
                reason = $"its target {navigation.TargetEntityType.ClrType.Name} has no single-property primary key.";
                return null;
            }
            reason = "";
            return new EntityMember
            {
                GraphQLName = graphQLName,
                Property = property,
                Kind = navigation.IsCollection ? MemberKind.Collection : MemberKind.Reference,
                Target = navigation.TargetEntityType.ClrType,
            };
        }
        if (efType.FindSkipNavigation(property.Name) is { } skip)
        {
            reason = "";
            return new EntityMember { GraphQLName = graphQLName, Property = property, Kind = MemberKind.Collection, Target = skip.TargetEntityType.ClrType };
        }
        reason = "EF Core does not map it to a column or navigation.";
        return null;
    }
}
