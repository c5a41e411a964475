namespace Bot.Dialogs.Pipeline;

/// <summary>The conversation store cannot be reached; nothing was written. Callers answer "try again later".</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
