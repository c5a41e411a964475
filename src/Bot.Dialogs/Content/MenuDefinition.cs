namespace Bot.Dialogs.Content;

/// <summary>The main menu: a greeting and one button per topic.</summary>
public sealed record MenuDefinition(LocalizedText Text, IReadOnlyList<ButtonDefinition> Buttons, SourceLocation Location);
