using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Subscriptions;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Text;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Chat;

/// <summary>Residents subscribe to their commune's alerts, change topics, or stop everything with one message.</summary>
/// <remarks>
/// Only exact short messages act ("/huy", "hủy", "dừng", "stop"); a sentence such as
/// "tôi muốn hủy thẻ" goes on to the dialog engine. Plain stop words act only for subscribers,
/// so other flows keep their meaning for everyone else. The resident's place in their dialog is
/// never changed; while a commune name is awaited a <see cref="DialogMark"/> in the record says so,
/// so an ordinary text turn costs no Redis read. Screens follow the resident's language (vi/en), and
/// the subscription remembers it so alerts arrive framed in that language.
/// </remarks>
public sealed class SubscriptionTurnHandler(
    ISubscriptionStore store,
    AreaCatalog areas,
    MessengerRegistry messengers,
    IEnumerable<IFollowInvitation> invitations) : ITurnHandler
{
    /// <summary>Payload a menu button (or deep link) uses to open the subscription screen.</summary>
    public const string OpenPayload = "s:start";

    /// <summary>The same through a content flow id, for a menu entry written as <c>flow: alerts</c>.</summary>
    public const string FlowPayload = "f:alerts";

    private const string Searching = "area-search";

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "huy", "dung", "stop", "ngung", "huy dang ky", "dung nhan tin", "ngung nhan tin", "unsubscribe",
    };

    public async ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var turn = new Turn(context, LocaleOf(context));
        if (context.Input.Payload is { } payload)
        {
            return payload switch
            {
                OpenPayload or FlowPayload or "s:v" => await OpenAsync(turn, cancellationToken),
                AlertFormatter.StopPayload => await StopAsync(turn, explicitRequest: true, cancellationToken),
                "s:area" => AskArea(turn, ""),
                _ when payload.StartsWith("s:a:", StringComparison.Ordinal) => await ChooseAreaAsync(turn, payload[4..], cancellationToken),
                _ when payload.StartsWith("s:t:", StringComparison.Ordinal) => await ToggleTopicAsync(turn, payload[4..], cancellationToken),
                _ when payload.StartsWith("c:", StringComparison.Ordinal) => await FollowCommandAsync(context.Key, payload[2..], cancellationToken),
                _ => null,
            };
        }

        if (context.Input.Text?.Trim() is not { Length: > 0 and <= 80 } text)
        {
            return null;
        }

        if (text.StartsWith('/'))
        {
            var command = text.Split(' ', 2)[0].ToLowerInvariant();
            return command switch
            {
                "/dangky" or "/subscribe" => await OpenAsync(turn, cancellationToken),
                "/huy" or "/unsubscribe" => await StopAsync(turn, explicitRequest: true, cancellationToken),
                _ when Commands.Slash.TryGetValue(command, out var name) => await FollowCommandAsync(context.Key, name, cancellationToken),
                _ => null,
            };
        }

        var folded = VietnameseText.Fold(text);
        if (context.Engine.Content.Commands.TryGetValue(folded, out var typed) && (typed == Commands.Forget || LanguageOf(typed) is not null))
        {
            return await FollowCommandAsync(context.Key, typed, cancellationToken);
        }

        if (StopWords.Contains(folded) && await store.GetAsync(context.Key, cancellationToken) is not null)
        {
            return await StopAsync(turn, explicitRequest: false, cancellationToken);
        }

        if (DialogMark.IsWaiting(context, Searching) && !context.Engine.Content.Commands.ContainsKey(folded))
        {
            return Search(turn, text);
        }

        return null;
    }

    private async Task<HandlerResult> OpenAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (messengers.Find(turn.Context.Key.Channel) is null)
        {
            // Typed /dangky on a channel that cannot deliver (the web chat): say where alerts come, and still offer a way on.
            return turn.Answer(new Reply(turn.Texts.ChannelCannotSend, [turn.MenuButton]));
        }

        var current = await store.GetAsync(turn.Context.Key, cancellationToken);
        return current is null ? AskArea(turn, "") : turn.Answer(Show(turn, current, ""));
    }

    private HandlerResult AskArea(Turn turn, string prefix) =>
        turn.Answer(new Reply(prefix + turn.Texts.AskArea, [turn.MenuButton]), DialogMark.Wait(turn.Record, Searching));

    private HandlerResult Search(Turn turn, string text)
    {
        var found = areas.Search(text);
        var waiting = DialogMark.Wait(turn.Record, Searching); // typing again searches again
        if (found.Count == 0)
        {
            return turn.Answer(new Reply(string.Format(turn.Texts.NotFound, Shorten(text)), [turn.MenuButton]), waiting);
        }

        var buttons = found.Select(a => new ReplyButton(areas.FullName(a.Id), "s:a:" + a.Id)).Append(turn.MenuButton).ToList();
        return turn.Answer(new Reply(turn.Texts.ChooseArea, buttons), waiting);
    }

    private async Task<HandlerResult> ChooseAreaAsync(Turn turn, string areaId, CancellationToken cancellationToken)
    {
        if (areas.Find(areaId) is not { IsProvince: false })
        {
            return AskArea(turn, turn.Texts.StaleButton);
        }

        var current = await store.GetAsync(turn.Context.Key, cancellationToken);
        var subscription = new Subscription(areaId, current?.Topics ?? Topics.All, turn.Locale);
        await store.SetAsync(turn.Context.Key, subscription, cancellationToken);

        // The conversation remembers the commune too, so the contact step can show its police.
        var record = DialogMark.Clear(turn.Record);
        record = record with { Answers = new Dictionary<string, string>(record.Answers, StringComparer.Ordinal) { [AnswerKeys.Area] = areaId } };
        var shown = Show(turn, subscription, string.Format(turn.Texts.Subscribed, areas.FullName(areaId)));

        // Zalo OA: alerts reach a resident who stops writing only if they follow the OA; check, and ask them to follow.
        var key = turn.Context.Key;
        if (invitations.FirstOrDefault(i => i.Channel == key.Channel) is { } invitation
            && await invitation.AdviseAsync(key.ChatId, turn.Locale, cancellationToken) is { } advice)
        {
            return new HandlerResult([shown, advice], record with { Locale = turn.Locale });
        }

        return turn.Answer(shown, record);
    }

    private async Task<HandlerResult> ToggleTopicAsync(Turn turn, string topic, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(turn.Context.Key, cancellationToken);
        if (current is null || !Topics.IsKnown(topic))
        {
            return await OpenAsync(turn, cancellationToken);
        }

        if (current.Topics.Contains(topic))
        {
            if (current.Topics.Count == 1)
            {
                return turn.Answer(Show(turn, current, turn.Texts.KeepOneTopic));
            }

            current = current with { Topics = current.Topics.Where(t => t != topic).ToList() };
        }
        else
        {
            current = current with { Topics = Topics.All.Where(t => t == topic || current.Topics.Contains(t)).ToList() };
        }

        current = current with { Locale = turn.Locale };
        await store.SetAsync(turn.Context.Key, current, cancellationToken);
        return turn.Answer(Show(turn, current, turn.Texts.Saved));
    }

    private async Task<HandlerResult> StopAsync(Turn turn, bool explicitRequest, CancellationToken cancellationToken)
    {
        var removed = await store.RemoveAsync(turn.Context.Key, cancellationToken);
        var text = removed || !explicitRequest ? turn.Texts.Stopped : turn.Texts.NothingToStop;
        return turn.Answer(new Reply(text, [turn.MenuButton]));
    }

    /// <summary>A subscriber who switches language gets later alerts in it; the engine still answers the button.</summary>
    /// <summary>
    /// Keeps the subscription in step with the engine's global commands, then lets the engine answer:
    /// a language change is remembered for alerts, and "delete my data" removes the subscription too,
    /// because a resident who asks to be forgotten expects no more messages either.
    /// </summary>
    private async Task<HandlerResult?> FollowCommandAsync(ConversationKey key, string command, CancellationToken cancellationToken)
    {
        if (command == Commands.Forget)
        {
            await store.RemoveAsync(key, cancellationToken);
        }
        else if (LanguageOf(command) is { } locale
                 && await store.GetAsync(key, cancellationToken) is { } current && current.Locale != locale)
        {
            await store.SetAsync(key, current with { Locale = locale }, cancellationToken);
        }

        return null;
    }

    private Reply Show(Turn turn, Subscription subscription, string prefix)
    {
        var texts = turn.Texts;
        var topics = string.Join(", ", subscription.Topics.Select(t => Topics.Label(t, turn.Locale)));
        var text = prefix + string.Format(texts.Showing, areas.FullName(subscription.AreaId)) + "\n"
            + string.Format(texts.Topics, topics) + "\n" + texts.TapToToggle;
        var buttons = Topics.All
            .Select(t => new ReplyButton((subscription.Topics.Contains(t) ? "✅ " : "⬜ ") + Topics.Label(t, turn.Locale), "s:t:" + t))
            .Append(new ReplyButton(texts.ChangeArea, "s:area"))
            .Append(new ReplyButton(texts.StopAll, AlertFormatter.StopPayload))
            .Append(turn.MenuButton)
            .ToList();
        return new Reply(text, buttons);
    }

    /// <summary>The record's language; a brand-new chat follows the language its app reports.</summary>
    private static string LocaleOf(TurnContext context) =>
        context.IsNewConversation && context.Input.PlatformLocale is { } platform
            ? (platform.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "vi")
            : context.Locale == "en" ? "en" : "vi";

    private static string? LanguageOf(string command) => command switch
    {
        Commands.LanguageEnglish => "en",
        Commands.LanguageVietnamese => "vi",
        _ => null,
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>One turn's language and record; every answer clears a stale note unless it sets a new one.</summary>
    private sealed record Turn(TurnContext Context, string Locale)
    {
        public SubscriptionTexts Texts => SubscriptionTexts.For(Locale);

        public ReplyButton MenuButton => new(Texts.Menu, Payloads.Command(Commands.Menu));

        public ConversationRecord Record => Context.Record with { Locale = Locale };

        public HandlerResult Answer(Reply reply, ConversationRecord? record = null) =>
            new([reply], record ?? DialogMark.Clear(Record));
    }
}
