namespace Bot.Dialogs.Content;

/// <summary>One rule of a button's <c>next</c> list: go to <see cref="Goto"/> when guard <see cref="If"/> holds.</summary>
/// <param name="If">A guard name from the flow's <c>guards</c>; null for the final "otherwise" rule.</param>
/// <param name="Goto">Target node id in the same flow.</param>
public sealed record BranchRule(string? If, string Goto, SourceLocation Location);
