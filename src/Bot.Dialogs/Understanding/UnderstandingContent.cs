using Bot.Dialogs.Content;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// What <c>content/understanding.yaml</c> adds to the topics' own examples: phrasings of the global
/// commands ("mở danh sách các mục") and an out-of-scope class with its own examples and answer.
/// </summary>
public sealed record UnderstandingContent
{
    /// <summary>Nothing beyond the topics (a content folder without understanding.yaml).</summary>
    public static UnderstandingContent Empty { get; } = new();

    /// <summary>Command name (see <see cref="Engine.Commands"/>) → example phrasings that mean it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Navigation { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Messages the bot does not cover (greetings, weather, lottery…), competing with the topics like a topic.</summary>
    public IReadOnlyList<string> OutOfScope { get; init; } = [];

    /// <summary>The short answer to an out-of-scope message (the menu follows); null falls back to the "not understood" text.</summary>
    public LocalizedText? OutOfScopeReply { get; init; }

    /// <summary>How a victim's own story is told, so it goes to the scams topic rather than the pretext's (null: not used).</summary>
    public VictimStoryCues? VictimStory { get; init; }

    /// <summary>The words that name each topic, so a message that names only one of two close topics opens it (null: not used).</summary>
    public TopicNames? TopicNames { get; init; }
}
