using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Json.Schema;

namespace Bot.Dialogs.Tests.Tools;

/// <summary>content/schema/*.json give editors completion and inline errors in VS Code; they must agree with the loader.</summary>
public sealed class ContentSchemaTests
{
    private const string SchemaComment = "# yaml-language-server: $schema=";
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    /// <summary>Every shipped YAML file and the schema it must follow.</summary>
    public static TheoryData<string, string> ShippedFiles()
    {
        var data = new TheoryData<string, string>
        {
            { "bot.yaml", "bot.schema.json" },
            { "lexicon.yaml", "lexicon.schema.json" },
            { "outdated-terms.yaml", "outdated-terms.schema.json" },
            { "allowed-links.yaml", "allowed-links.schema.json" },
            { "areas.yaml", "areas.schema.json" },
            { "examples.learned.yaml", "examples.learned.schema.json" },
        };
        foreach (var flow in Directory.GetFiles(Path.Combine(DraftContent.Shipped, "flows"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add("flows/" + Path.GetFileName(flow), "flow.schema.json");
        }

        foreach (var test in Directory.GetFiles(Path.Combine(DraftContent.Shipped, "tests"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add("tests/" + Path.GetFileName(test), "conversation-test.schema.json");
        }

        var procedures = Path.Combine(DraftContent.Shipped, "procedures");
        foreach (var card in Directory.Exists(procedures) ? Directory.GetFiles(procedures, "*.yaml").Order(StringComparer.Ordinal).ToArray() : [])
        {
            data.Add("procedures/" + Path.GetFileName(card), "procedure.schema.json");
        }

        return data;
    }

    /// <summary>The card test content's files (cards, areas with police contacts, the official list).</summary>
    public static TheoryData<string, string> CardContentFiles() => new()
    {
        { "procedures/tam_tru.yaml", "procedure.schema.json" },
        { "procedures/luu_tru.yaml", "procedure.schema.json" },
        { "areas.yaml", "areas.schema.json" },
        { "allowed-links.yaml", "allowed-links.schema.json" },
        { "flows/help.yaml", "flow.schema.json" },
        { "tests/cards.yaml", "conversation-test.schema.json" },
    };

    [Theory]
    [MemberData(nameof(CardContentFiles))]
    public void CardTestContentValidatesAgainstItsSchema(string file, string schema)
    {
        AssertFollowsSchema(RepositoryPaths.CardContent, file, schema);
    }

    [Fact]
    public void ACardWithAMisspeltKeyOrNeitherOnlineNorInPersonFailsTheSchemaAsItFailsTheLoader()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.CardContent, "procedures", "luu_tru.yaml"))
            .Replace("legal_basis:", "legal_bases:", StringComparison.Ordinal)
            .Replace("  online:", "  note:", StringComparison.Ordinal)
            .Replace("  in_person:", "  documents:", StringComparison.Ordinal);

        AssertRefused("procedure.schema.json", yaml, "legal_bases", "/sections");
    }

    [Fact]
    public void ProcedureSchemaKeysAreTheLoaderKeys()
    {
        using var card = ReadSchema("procedure.schema.json");
        var root = card.RootElement;

        Assert.Equal(LoaderKeys("ProcedureFileReader", "CardKeys"), Keys(root));
        Assert.Equal(CardSections.Keys.Order(StringComparer.Ordinal), Keys(root.GetProperty("properties").GetProperty("sections")));
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFileValidatesAgainstItsSchema(string file, string schema)
    {
        AssertFollowsSchema(DraftContent.Shipped, file, schema);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFileReferencesItsSchemaForVsCode(string file, string schema)
    {
        var path = Path.Combine(DraftContent.Shipped, file);
        var first = File.ReadLines(path).First();

        Assert.StartsWith(SchemaComment, first, StringComparison.Ordinal);
        var referenced = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, first[SchemaComment.Length..].Trim()));
        Assert.Equal(Path.Combine(DraftContent.Shipped, "schema", schema), referenced);
    }

    [Fact]
    public void MisspeltKeyAndWrongTypeFailTheSchemaAsTheyFailTheLoader()
    {
        var yaml = File.ReadAllText(Path.Combine(DraftContent.Shipped, "flows", "eid.yaml"))
            .Replace("    goto: ask_chip", "    gotoo: ask_chip", StringComparison.Ordinal)
            .Replace("version: 1", "version: one", StringComparison.Ordinal);

        AssertRefused("flow.schema.json", yaml, "/version", "gotoo");
    }

    [Fact]
    public void FlowSchemaKeysAreTheLoaderKeys()
    {
        using var flow = ReadSchema("flow.schema.json");
        var root = flow.RootElement;
        var defs = root.GetProperty("$defs");

        Assert.Equal(LoaderKeys("FlowFileReader", "FlowKeys"), Keys(root));
        Assert.Equal(LoaderKeys("FlowFileReader", "NodeKeys"), Keys(defs.GetProperty("node")));
        Assert.Equal(LoaderKeys("ButtonReader", "Keys"), Keys(defs.GetProperty("button")));
    }

    [Fact]
    public void BotSchemaNamesEveryRequiredTextAndCommand()
    {
        using var bot = ReadSchema("bot.schema.json");
        var properties = bot.RootElement.GetProperty("properties");

        Assert.Equal(TextKeys.Required.Order(StringComparer.Ordinal), Keys(properties.GetProperty("texts")));
        Assert.Equal(Commands.All.Order(StringComparer.Ordinal), Keys(properties.GetProperty("commands")));
    }

    private static string SchemaPath(string name) => Path.Combine(DraftContent.Shipped, "schema", name);

    private static JsonDocument ReadSchema(string name) => JsonDocument.Parse(File.ReadAllText(SchemaPath(name)));

    private static EvaluationResults Evaluate(string schema, JsonElement yaml) =>
        Schema(schema).Evaluate(yaml, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static void AssertFollowsSchema(string contentFolder, string file, string schema)
    {
        var results = Evaluate(schema, YamlAsJson.Read(Path.Combine(contentFolder, file)));
        Assert.True(results.IsValid, $"{file} does not match schema/{schema}:\n" + Describe(results));
    }

    /// <summary>The schema refuses <paramref name="yaml"/> and its report names each of <paramref name="mentions"/> (keys or paths).</summary>
    private static void AssertRefused(string schema, string yaml, params string[] mentions)
    {
        var results = Evaluate(schema, YamlAsJson.Convert(yaml));
        Assert.False(results.IsValid);
        var text = Describe(results);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, text, StringComparison.Ordinal);
        }
    }

    private static JsonSchema Schema(string name) =>
        Schemas.GetOrAdd(name, n => JsonSchema.FromText(File.ReadAllText(SchemaPath(n)), baseUri: new Uri("file:///content/schema/" + n)));

    private static IEnumerable<string> Keys(JsonElement schema) =>
        schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> LoaderKeys(string reader, string field)
    {
        var type = typeof(ContentLoader).Assembly.GetType("Bot.Dialogs.Content." + reader, throwOnError: true)!;
        var keys = (string[])type.GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        return keys.Order(StringComparer.Ordinal).ToList();
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => !d.IsValid)
            .Select(d => $"{d.InstanceLocation} ({d.EvaluationPath}): " +
                         (d.Errors is { Count: > 0 } ? string.Join("; ", d.Errors.Select(e => $"{e.Key}: {e.Value}")) : "not valid")));
}
