namespace Bot.Channels.Zalo.Images;

/// <summary>Where residents' photos may be fetched from (section <c>Zalo:Images</c>), for Zalo OA and Zalo Bot alike.</summary>
public sealed class ZaloImageOptions
{
    public const string Section = "Zalo:Images";

    /// <summary>
    /// Hosts a photo's address may name: each entry matches itself and its subdomains. Zalo serves residents'
    /// photos from its own content networks; an address anywhere else in an event is never fetched (a forged
    /// event must not make the bot fetch arbitrary addresses). HTTPS only, except loopback addresses (tests).
    /// </summary>
    public List<string> Hosts { get; set; } = ["zdn.vn", "zadn.vn", "zalo.me", "zaloapp.com"];

    /// <summary>Largest photo fetched, in bytes (5 MB).</summary>
    public int MaxBytes { get; set; } = Bot.Dialogs.Turns.InboundAttachment.MaxImageBytes;

    /// <summary>Longest a photo may take to arrive.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
