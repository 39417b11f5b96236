using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace RescueGraph.Directory.Data.Modeling;

/// <summary>
/// Names every table, column, key, foreign key and index in snake_case (tables plural) once the model is complete.
/// Runs through the convention builders, so anything configured explicitly (e.g. the <c>xmin</c> column) keeps its name.
/// </summary>
public sealed class SnakeCaseNamingConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            var table = SnakeCase.TableName(entityType.ClrType.Name);
            entityType.Builder.ToTable(table);

            foreach (var property in entityType.GetDeclaredProperties())
                property.Builder.HasColumnName(SnakeCase.From(property.Name));

            foreach (var key in entityType.GetDeclaredKeys())
            {
                key.Builder.HasName(key.IsPrimaryKey() ? "pk_" + table : $"ak_{table}_{ColumnList(key.Properties)}");
            }

            foreach (var foreignKey in entityType.GetDeclaredForeignKeys())
            {
                var principalTable = SnakeCase.TableName(foreignKey.PrincipalEntityType.ClrType.Name);
                foreignKey.Builder.HasConstraintName($"fk_{table}_{principalTable}_{ColumnList(foreignKey.Properties)}");
            }

            foreach (var index in entityType.GetDeclaredIndexes())
                index.Builder.HasDatabaseName($"ix_{table}_{ColumnList(index.Properties)}");
        }
    }

    private static string ColumnList(IReadOnlyList<IConventionProperty> properties)
    {
        var names = new string[properties.Count];
        for (var i = 0; i < properties.Count; i++) names[i] = SnakeCase.From(properties[i].Name);
        return string.Join('_', names);
    }
}
