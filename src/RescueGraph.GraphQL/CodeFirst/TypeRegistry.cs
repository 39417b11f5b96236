using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>The types of a schema under construction, found by GraphQL name or by the CLR type they represent.</summary>
internal sealed class TypeRegistry
{
    private readonly Dictionary<string, NamedType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, NamedType> _byClrType = new()
    {
        [typeof(string)] = Scalars.String,
        [typeof(int)] = Scalars.Int,
        [typeof(short)] = Scalars.Int,
        [typeof(byte)] = Scalars.Int,
        [typeof(bool)] = Scalars.Boolean,
        [typeof(double)] = Scalars.Float,
        [typeof(float)] = Scalars.Float,
        [typeof(long)] = ExtendedScalars.Long,
        [typeof(decimal)] = ExtendedScalars.Decimal,
        [typeof(DateTimeOffset)] = ExtendedScalars.DateTime,
        [typeof(DateTime)] = ExtendedScalars.DateTime,
        [typeof(DateOnly)] = ExtendedScalars.Date,
        [typeof(Guid)] = ExtendedScalars.Uuid,
        [typeof(Uri)] = ExtendedScalars.Url,
    };

    /// <summary>Types in registration order; the schema lists them in this order.</summary>
    public List<NamedType> Registered { get; } = [];

    public void Add(NamedType type, Type? clrType = null)
    {
        if (!_byName.TryAdd(type.Name, type) && !ReferenceEquals(_byName[type.Name], type))
            throw new InvalidOperationException($"Two different types are named \"{type.Name}\".");
        Registered.Add(type);
        if (clrType is not null && clrType != typeof(object)) _byClrType[clrType] = type;
    }

    public NamedType GetByName(string name)
    {
        if (_byName.TryGetValue(name, out var type)) return type;
        foreach (var scalar in Scalars.Specified)
            if (scalar.Name == name) return scalar;
        foreach (var scalar in ExtendedScalars.All)
            if (scalar.Name == name) return Use(scalar);
        throw new InvalidOperationException($"Unknown type \"{name}\": register it with the schema builder.");
    }

    public NamedType GetByClrType(Type clrType)
    {
        if (_byClrType.TryGetValue(clrType, out var type))
            return type is ScalarType scalar && !scalar.IsSpecifiedScalar ? Use(scalar) : type;
        if (clrType.IsEnum)
        {
            var enumType = EnumTypeFactory.Create(clrType, clrType.Name, configure: null);
            Add(enumType, clrType);
            return enumType;
        }
        throw new InvalidOperationException(
            $"No GraphQL type is registered for the CLR type {clrType.FullName}: register it, or give the field an explicit type.");
    }

    /// <summary>Extended scalars join the schema only once something uses them, keeping the SDL free of unused ones.</summary>
    private NamedType Use(ScalarType scalar)
    {
        if (!_byName.ContainsKey(scalar.Name)) Add(scalar);
        return scalar;
    }
}
