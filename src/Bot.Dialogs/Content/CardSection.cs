namespace Bot.Dialogs.Content;

/// <summary>One section of a procedure card as the editor wrote it.</summary>
/// <param name="Kind">Which section (documents, fee and time, online, in person, note).</param>
/// <param name="Text">The section's text, Vietnamese and English.</param>
/// <param name="Location">Where the text is written in the card file.</param>
public sealed record CardSection(CardSectionKind Kind, LocalizedText Text, SourceLocation Location);
