namespace Bot.Channels.Telegram.Setup;

/// <summary>What the channel knows about its connection to Telegram (for the health check and deep links).</summary>
public sealed class TelegramStatus
{
    private volatile string? _botUsername;
    private volatile string? _problem = "connecting to Telegram";

    /// <summary>The bot's username (configured, or learned from <c>getMe</c>); null until known.</summary>
    public string? BotUsername
    {
        get => _botUsername;
        set => _botUsername = value;
    }

    /// <summary>Null when everything works; otherwise what is wrong, in words an operator can act on.</summary>
    public string? Problem => _problem;

    /// <summary>True when a problem cannot fix itself (e.g. a rejected token).</summary>
    public bool Fatal { get; private set; }

    public void Healthy() => _problem = null;

    public void Trouble(string problem, bool fatal = false)
    {
        _problem = problem;
        Fatal |= fatal;
    }
}
