using RescueGraph.GraphQL.Validation.Rules;

namespace RescueGraph.GraphQL.Validation;

/// <summary>The rules of spec section 5, in graphql-js 16's <c>specifiedRules</c> order (which shapes error order).</summary>
public static class SpecifiedRules
{
    /// <summary>Not in the spec but recommended by graphql-js, which includes them in <c>specifiedRules</c>.</summary>
    public static IReadOnlyList<IValidationRule> Recommended { get; } = [new MaxIntrospectionDepthRule()];

    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        .. Recommended,
    ];
}
