using RescueGraph.GraphQL.Types;
using RescueGraph.GraphQL.Utilities;
using RescueGraph.GraphQL.Validation.Rules;
using static RescueGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace RescueGraph.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    // graphql-js's harness has a subscription root with these fields (the 16.x harness's SubscriptionRoot).
    private static readonly Lazy<Schema> LazySchema = new(() => SdlSchemaBuilder.Build("""
        type Message { body: String sender: String }
        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          moreImportantEmails: [String]
          spamEmails: [String]
          deletedEmails: [String]
          newMessage: Message
        }
        type QueryRoot { dummy: String }
        schema { query: QueryRoot subscription: SubscriptionRoot }
        """));

    private static void Valid(string query) => ExpectValidWithSchema(LazySchema.Value, Rule, query);
    private static void Errors(string query, params ExpectedError[] errors) => ExpectErrorsWithSchema(LazySchema.Value, Rule, query, errors);

    [Fact]
    public void ValidSubscription() => Valid(@"
      subscription ImportantEmails {
        importantEmails
      }
    ");

    [Fact]
    public void ValidSubscriptionWithFragment() => Valid(@"
      subscription sub {
        ...newMessageFields
      }

      fragment newMessageFields on SubscriptionRoot {
        newMessage {
          body
          sender
        }
      }
    ");

    [Fact]
    public void ValidSubscriptionWithFragmentAndField() => Valid(@"
      subscription sub {
        newMessage {
          body
        }
        ...newMessageFields
      }

      fragment newMessageFields on SubscriptionRoot {
        newMessage {
          body
          sender
        }
      }
    ");

    [Fact]
    public void FailsWithMoreThanOneRootField() => Errors(@"
      subscription ImportantEmails {
        importantEmails
        notImportantEmails
      }
    ",
        ("Subscription \"ImportantEmails\" must select only one top level field.", 4, 9));

    [Fact]
    public void FailsWithMoreThanOneRootFieldIncludingIntrospection() => Errors(@"
      subscription ImportantEmails {
        importantEmails
        __typename
      }
    ",
        ("Subscription \"ImportantEmails\" must select only one top level field.", 4, 9),
        ("Subscription \"ImportantEmails\" must not select an introspection top level field.", 4, 9));

    [Fact]
    public void FailsWithMoreThanOneRootFieldIncludingAliasedIntrospectionViaFragment() => Errors(@"
      subscription ImportantEmails {
        importantEmails
        ...Introspection
      }
      fragment Introspection on SubscriptionRoot {
        typename: __typename
      }
    ",
        ("Subscription \"ImportantEmails\" must select only one top level field.", 7, 9),
        ("Subscription \"ImportantEmails\" must not select an introspection top level field.", 7, 9));

    [Fact]
    public void FailsWithManyMoreThanOneRootField() => Errors(@"
      subscription ImportantEmails {
        importantEmails
        notImportantEmails
        spamEmails
      }
    ",
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9), (5, 9)));

    [Fact]
    public void FailsWithManyMoreThanOneRootFieldViaFragments() => Errors(@"
      subscription ImportantEmails {
        importantEmails
        ... {
          moreImportantEmails
        }
        ...NotImportantEmails
      }
      fragment NotImportantEmails on SubscriptionRoot {
        notImportantEmails
        deleted: deletedEmails
        ...SpamEmails
      }
      fragment SpamEmails on SubscriptionRoot {
        spamEmails
      }
    ",
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (5, 11), (10, 9), (11, 9), (15, 9)));

    [Fact]
    public void DoesNotInferDirectiveArgsFromVariablesButHonoursLiteralSkipAndInclude() => Errors(@"
      subscription ImportantEmails($skip: Boolean) {
        importantEmails
        notImportantEmails @skip(if: true)
        spamEmails @include(if: false)
        deletedEmails @skip(if: $skip)
      }
    ",
        ("Subscription \"ImportantEmails\" must select only one top level field.", 6, 9));

    [Fact]
    public void FailsWithMoreThanOneRootFieldInAnonymousSubscriptions() => Errors(@"
      subscription {
        importantEmails
        notImportantEmails
      }
    ",
        ("Anonymous Subscription must select only one top level field.", 4, 9));

    [Fact]
    public void FailsWithIntrospectionField() => Errors(@"
      subscription ImportantEmails {
        __typename
      }
    ",
        ("Subscription \"ImportantEmails\" must not select an introspection top level field.", 3, 9));

    [Fact]
    public void FailsWithIntrospectionFieldInAnonymousSubscription() => Errors(@"
      subscription {
        __typename
      }
    ",
        ("Anonymous Subscription must not select an introspection top level field.", 3, 9));

    [Fact]
    public void SkipsIfNotSubscriptionType() => ExpectValid(Rule, @"
      subscription {
        __typename
      }
    ");
}
