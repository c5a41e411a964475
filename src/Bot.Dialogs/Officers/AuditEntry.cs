namespace Bot.Dialogs.Officers;

/// <summary>One audit log entry.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Who, string Action, string Detail);
