namespace Bot.Dialogs.Tools;

/// <summary>Channel limits the validator checks content against (the strictest platform wins).</summary>
public static class ContentLimits
{
    /// <summary>Zalo (OA and Bot) accept at most 2,000 characters per text message; Telegram 4,096.</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>
    /// Button labels longer than this are cut off on a phone (Telegram shows about one line per
    /// button; Zalo OA button titles are short): a warning, so editors keep labels readable.
    /// </summary>
    public const int ComfortableLabelLength = 40;

    /// <summary>Zalo OA's documented upper bound for a button title: an error.</summary>
    public const int MaxLabelLength = 100;

    /// <summary>Zalo OA shows at most five buttons under a message; more are sent as a numbered list.</summary>
    public const int ZaloButtons = 5;

    /// <summary>Facts are re-checked against their sources at least this often; an older review is an error.</summary>
    public const int ReviewMonths = 12;

    /// <summary>
    /// The longest message, in Vietnamese words, an elderly reader takes in on a phone screen in one
    /// go (about six short lines); longer steps must be split. An error for steps and cards.
    /// </summary>
    public const int MaxWords = 60;

    /// <summary>The main menu shows at most this many buttons (Zalo OA's limit): an error.</summary>
    public const int MaxMenuButtons = 5;

    /// <summary>Main-menu labels must fit a phone's button on one line: an error above this.</summary>
    public const int MaxMenuLabelLength = 30;

    /// <summary>A card's title is a button label and a heading: an error above this.</summary>
    public const int MaxCardTitleLength = 30;

    /// <summary>Below this many example phrases a card is hard to reach by typing: a warning.</summary>
    public const int MinCardExamples = 8;
}
