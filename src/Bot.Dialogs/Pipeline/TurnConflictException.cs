namespace Bot.Dialogs.Pipeline;

/// <summary>A turn kept losing the version race (another instance kept writing); nothing was sent.</summary>
public sealed class TurnConflictException(string message) : Exception(message);
