namespace Bot.Channels.WebChat;

/// <summary>A photo sent from the web chat page, in memory only.</summary>
/// <param name="Image">JPEG, PNG or WebP bytes (checked).</param>
/// <param name="Text">The optional text sent with it.</param>
/// <param name="MessageId">The page's id for this message, so a retry gets the same answer.</param>
public sealed record ImageUpload(byte[] Image, string? Text, string? MessageId);
