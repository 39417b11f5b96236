using System.Reflection;
using System.Text;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.CodeFirst;

/// <summary>Enum types from CLR enums: values named in SCREAMING_SNAKE_CASE as HotChocolate names them.</summary>
public static class EnumTypeFactory
{
    public static EnumType Create<TEnum>(string? name = null, Action<EnumValueOptions<TEnum>>? configure = null)
        where TEnum : struct, Enum =>
        Create(typeof(TEnum), name ?? typeof(TEnum).Name,
            configure is null ? null : options => configure(new EnumValueOptions<TEnum>(options)));

    internal static EnumType Create(Type enumType, string name, Action<Dictionary<object, EnumValueSettings>>? configure)
    {
        var settings = new Dictionary<object, EnumValueSettings>();
        foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = field.GetValue(null)!;
            settings[value] = new EnumValueSettings
            {
                Name = ToEnumValueName(field.Name),
                DeprecationReason = field.GetCustomAttribute<ObsoleteAttribute>()?.Message,
            };
        }
        configure?.Invoke(settings);

        var values = new List<EnumValueDefinition>(settings.Count);
        foreach (var (value, setting) in settings)
        {
            values.Add(new EnumValueDefinition(setting.Name, value)
            {
                Description = setting.Description,
                DeprecationReason = setting.DeprecationReason,
            });
        }
        return new EnumType(name, values);
    }

    /// <summary><c>AdoptionPending</c> → <c>ADOPTION_PENDING</c>.</summary>
    public static string ToEnumValueName(string clrName)
    {
        var builder = new StringBuilder(clrName.Length + 8);
        for (var i = 0; i < clrName.Length; i++)
        {
            var c = clrName[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(clrName[i - 1]) || (i + 1 < clrName.Length && char.IsLower(clrName[i + 1]))))
                builder.Append('_');
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }
}

public sealed class EnumValueSettings
{
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? DeprecationReason { get; set; }
}

/// <summary>Describes enum values after the defaults are applied.</summary>
public sealed class EnumValueOptions<TEnum> where TEnum : struct, Enum
{
    private readonly Dictionary<object, EnumValueSettings> _settings;

    internal EnumValueOptions(Dictionary<object, EnumValueSettings> settings) => _settings = settings;

    public EnumValueOptions<TEnum> Value(TEnum value, string? description = null, string? name = null, string? deprecationReason = null)
    {
        var setting = _settings[value];
        if (description is not null) setting.Description = description;
        if (name is not null) setting.Name = name;
        if (deprecationReason is not null) setting.DeprecationReason = deprecationReason;
        return this;
    }
}
