using RescueGraph.GraphQL.Authorization;
using RescueGraph.GraphQL.CodeFirst;
using RescueGraph.GraphQL.Types;

namespace RescueGraph.GraphQL.Tests.CodeFirst;

/// <summary>Adding the same finished type, directive or completion twice is a no-op, so shared integrations can be declared by each part that needs them.</summary>
public class SchemaBuilderInstanceTests
{
    private static SchemaBuilder QueryOnly() => new SchemaBuilder().Query(q => q.Field("ok", (_, _) => true));

    [Fact]
    public void The_same_directive_and_type_instances_added_twice_are_declared_once()
    {
        var schema = QueryOnly().AddAuthorization().AddAuthorization().Build();

        Assert.Single(schema.Directives, d => d.Name == AuthorizationDirectives.AuthorizeName);
        Assert.Single(schema.Types, t => t.Name == AuthorizationDirectives.ApplyPolicyType.Name);
    }

    [Fact]
    public void The_same_completion_added_twice_runs_once()
    {
        var runs = 0;
        Action<Schema> complete = _ => runs++;
        QueryOnly().OnBuilt(complete).OnBuilt(complete).Build();
        Assert.Equal(1, runs);
    }

    [Fact]
    public void Different_types_with_one_name_are_still_refused()
    {
        var builder = QueryOnly()
            .Type(new EnumType("Mood", [new EnumValueDefinition("HAPPY", 1)]))
            .Type(new EnumType("Mood", [new EnumValueDefinition("SAD", 2)]));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }
}
