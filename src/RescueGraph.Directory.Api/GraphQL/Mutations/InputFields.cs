using System.Linq.Expressions;
using RescueGraph.Directory.Data.Writes;
using RescueGraph.GraphQL.CodeFirst;

namespace RescueGraph.Directory.Api.GraphQL.Mutations;

/// <summary>
/// The editable fields of an entity, declared once for both its create and its update mutation: each names its input
/// field, its GraphQL type, the property it writes (setter compiled once) and the rules its values must pass. Create
/// inputs mark the required fields non-null; update inputs make every field optional, and an update changes only
/// the fields it names (null clears a nullable field; null for a required one is refused).
/// </summary>
internal sealed class InputFields<TEntity> where TEntity : class
{
    private readonly List<Field> _fields = [];

    private sealed record Field(string Name, string SdlType, string Description, bool RequiredOnCreate, Action<TEntity, object?, InputReader> Apply);

    /// <summary>A text column; <paramref name="required"/> when the column is NOT NULL (then never empty either).</summary>
    public InputFields<TEntity> Text(string name, Expression<Func<TEntity, string?>> property, int maxLength, string description,
        bool required = false, Func<string, string?>? rule = null)
    {
        var set = Setter(property);
        _fields.Add(new Field(name, "String", description, required, (entity, raw, input) =>
        {
            if (input.Text(name, maxLength, required, rule, out var text)) set(entity, text);
        }));
        return this;
    }

    /// <summary>
    /// A scalar or enum column of CLR type <typeparamref name="TValue"/> (nullable for nullable columns) read from
    /// <paramref name="sdlType"/> (without <c>!</c>), checked by <paramref name="rule"/>.
    /// </summary>
    public InputFields<TEntity> Value<TValue>(string name, Expression<Func<TEntity, TValue>> property, string sdlType, string description,
        bool requiredOnCreate = false, Func<TValue, string?>? rule = null)
    {
        var set = Setter(property);
        var nullable = default(TValue) is null;
        _fields.Add(new Field(name, sdlType, description, requiredOnCreate, (entity, raw, input) =>
        {
            if (raw is null)
            {
                if (nullable) set(entity, default!);
                else input.Errors.Add(name, "Must not be null.");
                return;
            }
            var value = (TValue)raw;
            if (rule is null || input.Errors.Check(name, rule(value))) set(entity, value);
        }));
        return this;
    }

    /// <summary>A small integer column (years) read from <c>Int</c>; <paramref name="rule"/> keeps it in range before it is narrowed.</summary>
    public InputFields<TEntity> Short(string name, Expression<Func<TEntity, short?>> property, string description, Func<int, string?> rule)
    {
        var set = Setter(property);
        _fields.Add(new Field(name, "Int", description, false, (entity, raw, input) =>
        {
            if (raw is null) set(entity, null);
            else if (input.Errors.Check(name, rule((int)raw))) set(entity, (short)(int)raw);
        }));
        return this;
    }

    /// <summary>A list of strings (colors, links): at most <paramref name="maxItems"/>, each checked like a text field.</summary>
    public InputFields<TEntity> TextList(string name, Expression<Func<TEntity, List<string>>> property, int maxItems, int maxLength, string description,
        Func<string, string?>? rule = null)
    {
        var set = Setter(property);
        _fields.Add(new Field(name, "[String!]", description, false, (entity, raw, input) =>
        {
            if (raw is null)
            {
                set(entity, []);
                return;
            }
            var items = (IReadOnlyList<object?>)raw;
            if (items.Count > maxItems)
            {
                input.Errors.Add(name, $"Must have at most {maxItems} items.");
                return;
            }
            var list = new List<string>(items.Count);
            var valid = true;
            for (var i = 0; i < items.Count; i++)
            {
                var item = (string)items[i]!;
                var path = $"{name}[{i}]";
                valid &= input.Errors.Check(path, WriteRules.Length(item, maxLength, required: true))
                         && (rule is null || input.Errors.Check(path, rule(item)));
                list.Add(item);
            }
            if (valid) set(entity, list);
        }));
        return this;
    }

    /// <summary>Adds the fields to a create (required ones non-null) or update (all optional) input type.</summary>
    public void Declare(InputObjectTypeBuilder<object> input, bool forCreate)
    {
        foreach (var field in _fields)
            input.Field(field.Name, forCreate && field.RequiredOnCreate ? field.SdlType + "!" : field.SdlType, field.Description);
    }

    /// <summary>Writes the fields the input names into <paramref name="entity"/>, collecting refused values in the reader.</summary>
    public void Apply(InputReader input, TEntity entity)
    {
        foreach (var field in _fields)
            if (input.Has(field.Name)) field.Apply(entity, input.Raw(field.Name), input);
    }

    private static Action<TEntity, TValue> Setter<TValue>(Expression<Func<TEntity, TValue>> property)
    {
        var member = property.Body as MemberExpression ?? throw new ArgumentException("Must be a property access.", nameof(property));
        var value = Expression.Parameter(typeof(TValue), "value");
        return Expression.Lambda<Action<TEntity, TValue>>(Expression.Assign(member, value), property.Parameters[0], value).Compile();
    }
}
