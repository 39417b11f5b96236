using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace RescueGraph.Directory.Data.Modeling;

/// <summary>Month arithmetic for analytics as EF Core database functions; calling them outside a query throws.</summary>
public static class CalendarFunctions
{
    /// <summary><c>CAST(date_trunc('month', date) AS date)</c>: the first day of the date's month.</summary>
    public static DateOnly MonthStart(DateOnly date) => throw EarthDistanceFunctions.NotInMemory();

    /// <summary>
    /// <c>CAST(date_trunc('month', timezone(timeZone, instant)) AS date)</c>: the first day of the month the instant
    /// falls in on the wall clock of <paramref name="timeZone"/> (an IANA name), independent of the session time zone.
    /// </summary>
    public static DateOnly MonthStart(DateTimeOffset instant, string timeZone) => throw EarthDistanceFunctions.NotInMemory();

    // The intermediate values are never read, but EF Core wants every node of the SQL tree typed.
    private static readonly DateTimeTypeMapping LocalTimestamp = new("timestamp without time zone", System.Data.DbType.DateTime);

    public static void Register(ModelBuilder model)
    {
        model.HasDbFunction(typeof(CalendarFunctions).GetMethod(nameof(MonthStart), [typeof(DateOnly)])!)
            .HasTranslation(arguments => MonthStartOf(arguments[0]));
        model.HasDbFunction(typeof(CalendarFunctions).GetMethod(nameof(MonthStart), [typeof(DateTimeOffset), typeof(string)])!)
            .HasTranslation(arguments => MonthStartOf(new SqlFunctionExpression("timezone", [arguments[1], arguments[0]],
                nullable: true, argumentsPropagateNullability: [true, true], typeof(DateTime), LocalTimestamp)));
    }

    private static SqlExpression MonthStartOf(SqlExpression timestamp) =>
        new SqlUnaryExpression(ExpressionType.Convert,
            new SqlFunctionExpression("date_trunc", [new SqlFragmentExpression("'month'"), timestamp],
                nullable: true, argumentsPropagateNullability: [false, true], typeof(DateTime), LocalTimestamp),
            typeof(DateOnly), DateOnlyTypeMapping.Default);
}
