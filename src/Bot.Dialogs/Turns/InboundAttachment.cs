namespace Bot.Dialogs.Turns;

/// <summary>A photo, sticker, voice message… that came with (or instead of) text.</summary>
/// <remarks>
/// The bytes of an image are not carried here: the channel gives a way to fetch them from its
/// platform, called only by the feature that reads images, once per turn, and kept in memory only.
/// </remarks>
public sealed record InboundAttachment(AttachmentKind Kind)
{
    /// <summary>Largest image fetched from a platform (5 MB): a phone screenshot is far smaller.</summary>
    public const int MaxImageBytes = 5 * 1024 * 1024;

    /// <summary>
    /// For <see cref="AttachmentKind.Image"/>: fetches the image's bytes from the platform, or null when it
    /// cannot (gone, larger than <see cref="MaxImageBytes"/>, not allowed). May throw on a network fault.
    /// </summary>
    public Func<CancellationToken, Task<byte[]?>>? Download { get; init; }

    /// <summary>For a sticker: the emoji the platform pairs with it (👍 is a thanks), when it says.</summary>
    public string? Emoji { get; init; }

    /// <summary>An image the channel fetches with <paramref name="download"/>.</summary>
    public static InboundAttachment Image(Func<CancellationToken, Task<byte[]?>> download) =>
        new(AttachmentKind.Image) { Download = download };
}
