namespace Bot.Dialogs.State;

/// <summary>Everything the bot remembers about one conversation between turns.</summary>
/// <remarks>
/// Kept small on purpose (it is read and written on every turn) and free of personal data:
/// answers are the enumerated values of content questions, never typed text.
/// The store's optimistic-concurrency version lives beside the record, not in it.
/// </remarks>
public sealed record ConversationRecord
{
    /// <summary>Current flow id; null at the main menu.</summary>
    public string? Flow { get; init; }

    /// <summary>Current node id within <see cref="Flow"/>; null at the main menu.</summary>
    public string? Node { get; init; }

    /// <summary>The content version this record was built on (hash of the content folder).</summary>
    public string ContentVersion { get; init; } = "";

    /// <summary>"vi" or "en".</summary>
    public string Locale { get; init; } = "vi";

    /// <summary>Previously visited states ("flow/node" or "menu"), newest last, bounded.</summary>
    public IReadOnlyList<string> History { get; init; } = [];

    /// <summary>Answers to content questions, by question key (values are content-defined options).</summary>
    public IReadOnlyDictionary<string, string> Answers { get; init; } = EmptyAnswers;

    /// <summary>How many turns this conversation has had.</summary>
    public int Turns { get; init; }

    /// <summary>
    /// A "which do you mean?" was asked and not yet settled by a typed message or a new topic. Only then does a turn
    /// ask the misunderstood inbox whether the resident chose, so every other turn costs the store nothing (on any
    /// instance: the flag travels with the record).
    /// </summary>
    public bool ChoicePending { get; init; }

    /// <summary>When the record was last written.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    internal static readonly IReadOnlyDictionary<string, string> EmptyAnswers = new Dictionary<string, string>();

    /// <summary>A new conversation at the main menu.</summary>
    public static ConversationRecord New(string contentVersion, string locale = "vi") =>
        new() { ContentVersion = contentVersion, Locale = locale };
}
