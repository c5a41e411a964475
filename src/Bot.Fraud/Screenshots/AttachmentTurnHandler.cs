using System.Runtime.CompilerServices;
using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Bot.Fraud.Chat;
using Bot.Fraud.Config;
using Bot.Fraud.Privacy;
using Microsoft.Extensions.Logging;

namespace Bot.Fraud.Screenshots;

/// <summary>
/// Answers everything a resident sends that is not text. A photo is read (most often a screenshot of a
/// message that worried them) and the text goes through the privacy guard, then the scam check as if
/// typed; stickers, voice messages, videos, files and locations get a short answer saying what the bot
/// can do, never silence.
/// </summary>
/// <remarks>
/// Nothing of the photo is kept: its bytes and the text read live in this turn's memory only, the
/// conversation record is left as it was, and the log says only what kind of answer was given. A
/// photo holding an ID number or an OTP gets the privacy warning first, with no report draft and no
/// excerpt; only a message that is itself a likely scam has its verdict follow.
/// </remarks>
public sealed class AttachmentTurnHandler(
    ScamCheckResponder responder,
    IScreenshotTextReader reader,
    ILogger<AttachmentTurnHandler> logger) : ITurnHandler
{
    /// <summary>Longest excerpt of the read text shown back to the resident.</summary>
    public const int MaxExcerptLength = 160;

    private static readonly string[] ThanksEmoji = ["👍", "❤", "🙏", "👌", "😊", "🥰", "💕", "👏", "🌹", "💐"];

    // A turn that loses the version race runs again: the photo is fetched and read once per update.
    private readonly ConditionalWeakTable<InboundAttachment, Task<ScreenshotText>> _readings = new();

    public async ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Input.Attachment is not { } attachment)
        {
            return null;
        }

        if (attachment.Kind != AttachmentKind.Image)
        {
            logger.LogInformation("Answered a {Kind} on channel {Channel} with what the bot can do", attachment.Kind, context.Key.Channel);
            return IsThanks(attachment)
                ? Answer(context, Text(FraudMessageKeys.AttachmentThanks, context))
                : Answer(context, Text(FraudMessageKeys.AttachmentUnsupported, context).Replace("{what}", KindName(attachment.Kind, context), StringComparison.Ordinal));
        }

        var reading = await _readings.GetValue(attachment, a => ReadAsync(a, cancellationToken)).ConfigureAwait(false);
        logger.LogInformation("Photo on channel {Channel}: {Status}", context.Key.Channel, reading.Status);
        switch (reading.Status)
        {
            case ScreenshotReadStatus.Busy:
                return Answer(context, Text(FraudMessageKeys.PhotoBusy, context));
            case ScreenshotReadStatus.Unavailable:
                return Answer(context, Text(FraudMessageKeys.PhotoUnavailable, context));
            case ScreenshotReadStatus.Unreadable:
                return Answer(context, Text(FraudMessageKeys.PhotoUnreadable, context));
        }

        var caption = context.Input.Text ?? "";
        var verdict = responder.Analyze(reading.Text);
        var kinds = PersonalDataMasker.Detect(reading.Text + "\n" + caption);
        if (kinds.Count > 0)
        {
            // The warning first and nothing kept: no report draft, no excerpt. A scam that names its own account
            // number still gets its verdict, so the resident is not left without the warning that matters.
            var what = PrivacyGuardTurnHandler.Describe(kinds, responder.Content, context.Locale);
            var warning = Answer(context, Text(FraudMessageKeys.PhotoPrivacy, context).Replace("{what}", what, StringComparison.Ordinal));
            return verdict.Risk >= Analysis.RiskLevel.Medium
                ? new HandlerResult([Reply.Plain(warning.Replies[0].Text), warning.Replies[0] with { Text = FraudVerdictFormatter.Format(verdict, responder.Content, context.Locale) }])
                : warning;
        }

        var reply = await responder.VerdictReplyAsync(context, reading.Text, verdict, cancellationToken).ConfigureAwait(false);
        var read = Text(FraudMessageKeys.PhotoRead, context).Replace("{text}", Excerpt(reading.Text), StringComparison.Ordinal);
        return new HandlerResult([reply with { Text = read + "\n\n" + reply.Text }]);
    }

    /// <summary>The read text as shown back: one line, personal numbers masked, cut at a word.</summary>
    public static string Excerpt(string text)
    {
        var line = string.Join(" / ", PersonalDataMasker.Mask(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (line.Length <= MaxExcerptLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', MaxExcerptLength - 1);
        return line[..(cut > MaxExcerptLength / 2 ? cut : MaxExcerptLength - 1)].TrimEnd() + "…";
    }

    private async Task<ScreenshotText> ReadAsync(InboundAttachment attachment, CancellationToken cancellationToken)
    {
        byte[]? image;
        try
        {
            image = attachment.Download is { } download ? await download(cancellationToken).ConfigureAwait(false) : null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("A photo could not be fetched from the platform ({Error}); the resident is asked to send it again or type", ex.GetType().Name);
            return ScreenshotText.Of(ScreenshotReadStatus.Unreadable);
        }

        if (image is not { Length: > 0 })
        {
            return ScreenshotText.Of(ScreenshotReadStatus.Unreadable);
        }

        return await reader.ReadAsync(image, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsThanks(InboundAttachment attachment) =>
        attachment.Kind == AttachmentKind.Sticker && attachment.Emoji is { Length: > 0 } emoji
        && ThanksEmoji.Any(e => emoji.Contains(e, StringComparison.Ordinal));

    private string KindName(AttachmentKind kind, TurnContext context) => Text(kind switch
    {
        AttachmentKind.Sticker => FraudMessageKeys.AttachmentSticker,
        AttachmentKind.Voice => FraudMessageKeys.AttachmentVoice,
        AttachmentKind.Video => FraudMessageKeys.AttachmentVideo,
        AttachmentKind.File => FraudMessageKeys.AttachmentFile,
        AttachmentKind.Location => FraudMessageKeys.AttachmentLocation,
        _ => FraudMessageKeys.AttachmentOther,
    }, context);

    private string Text(string key, TurnContext context) => responder.Content.Text(key, context.Locale);

    /// <summary>The message with the step's own buttons and, always, the way back to the menu; the record is left as it was.</summary>
    private static HandlerResult Answer(TurnContext context, string text)
    {
        var buttons = context.Engine.CurrentButtons(context.Record).ToList();
        var menu = Payloads.Command(Bot.Dialogs.Engine.Commands.Menu);
        if (!buttons.Any(b => b.Payload == menu))
        {
            buttons.Add(new ReplyButton(context.Engine.Content.Text(TextKeys.MenuLabel, context.Locale), menu));
        }

        return new HandlerResult([new Reply(text, buttons)]);
    }
}
