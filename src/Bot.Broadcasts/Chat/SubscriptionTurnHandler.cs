using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Storage;
using Bot.Broadcasts.Subscriptions;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Text;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Chat;

/// <summary>Residents subscribe to their commune's alerts, change topics, or stop everything with one message.</summary>
/// <remarks>
/// Only exact short messages act ("/huy", "hủy", "dừng", "stop"); a sentence such as
/// "tôi muốn hủy thẻ" goes on to the dialog engine. Plain stop words act only for subscribers,
/// so other flows keep their meaning for everyone else. The resident's dialog record is never changed.
/// </remarks>
public sealed class SubscriptionTurnHandler(
    ISubscriptionStore store,
    IScratchStore scratch,
    AreaCatalog areas,
    MessengerRegistry messengers) : ITurnHandler
{
    /// <summary>Payload a menu button (or deep link) uses to open the subscription screen.</summary>
    public const string OpenPayload = "s:start";

    /// <summary>The same through a content flow id, for a menu entry written as <c>flow: alerts</c>.</summary>
    public const string FlowPayload = "f:alerts";

    private static readonly TimeSpan SearchLifetime = TimeSpan.FromMinutes(10);
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "huy", "dung", "stop", "ngung", "huy dang ky", "dung nhan tin", "ngung nhan tin", "unsubscribe",
    };

    private static readonly ReplyButton MenuButton = new("🏠 Menu chính", Payloads.Command(Commands.Menu));

    public int Order => -50;

    public async ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var key = context.Key;
        if (context.Input.Payload is { } payload)
        {
            return payload switch
            {
                OpenPayload or FlowPayload or "s:v" => await OpenAsync(key, cancellationToken),
                AlertFormatter.StopPayload => await StopAsync(key, explicitRequest: true, cancellationToken),
                "s:area" => await AskAreaAsync(key, "", cancellationToken),
                _ when payload.StartsWith("s:a:", StringComparison.Ordinal) => await ChooseAreaAsync(key, payload[4..], cancellationToken),
                _ when payload.StartsWith("s:t:", StringComparison.Ordinal) => await ToggleTopicAsync(key, payload[4..], cancellationToken),
                _ => null,
            };
        }

        if (context.Input.Text?.Trim() is not { Length: > 0 and <= 80 } text)
        {
            return null;
        }

        if (text.StartsWith('/'))
        {
            return text.Split(' ', 2)[0].ToLowerInvariant() switch
            {
                "/dangky" or "/subscribe" => await OpenAsync(key, cancellationToken),
                "/huy" or "/unsubscribe" => await StopAsync(key, explicitRequest: true, cancellationToken),
                _ => null,
            };
        }

        var folded = VietnameseText.Fold(text);
        if (StopWords.Contains(folded) && await store.GetAsync(key, cancellationToken) is not null)
        {
            return await StopAsync(key, explicitRequest: false, cancellationToken);
        }

        if (await scratch.GetAsync(SearchKey(key), cancellationToken) is not null
            && !context.Engine.Content.Commands.ContainsKey(folded))
        {
            return Search(text);
        }

        return null;
    }

    private async Task<HandlerResult> OpenAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        if (messengers.Find(key.Channel) is null)
        {
            return Answer(Reply.Plain("Kênh trò chuyện này chưa gửi được tin cảnh báo. Bạn đăng ký qua Telegram hoặc Zalo của Công an xã, phường nhé."));
        }

        var current = await store.GetAsync(key, cancellationToken);
        return current is null ? await AskAreaAsync(key, "", cancellationToken) : Answer(Show(current, ""));
    }

    private async Task<HandlerResult> AskAreaAsync(ConversationKey key, string prefix, CancellationToken cancellationToken)
    {
        await scratch.SetAsync(SearchKey(key), "1", SearchLifetime, cancellationToken);
        return Answer(new Reply(prefix + "Bạn ở xã, phường nào? Gõ tên (có dấu hay không dấu đều được), ví dụ: hoan kiem", [MenuButton]));
    }

    private HandlerResult Search(string text)
    {
        var found = areas.Search(text);
        if (found.Count == 0)
        {
            return Answer(new Reply($"Không tìm thấy xã, phường \"{Shorten(text)}\". Bạn gõ lại tên, ví dụ: ben thanh", [MenuButton]));
        }

        var buttons = found.Select(a => new ReplyButton(areas.FullName(a.Id), "s:a:" + a.Id)).Append(MenuButton).ToList();
        return Answer(new Reply("Bạn chọn xã, phường của mình:", buttons));
    }

    private async Task<HandlerResult> ChooseAreaAsync(ConversationKey key, string areaId, CancellationToken cancellationToken)
    {
        if (areas.Find(areaId) is not { IsProvince: false })
        {
            return await AskAreaAsync(key, "Nút này đã cũ. ", cancellationToken);
        }

        var current = await store.GetAsync(key, cancellationToken);
        var subscription = new Subscription(areaId, current?.Topics ?? Topics.All);
        await store.SetAsync(key, subscription, cancellationToken);
        await scratch.DeleteAsync(SearchKey(key), cancellationToken);
        return Answer(Show(subscription, $"Đã đăng ký nhận tin của Công an {areas.FullName(areaId)}.\n"));
    }

    private async Task<HandlerResult> ToggleTopicAsync(ConversationKey key, string topic, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(key, cancellationToken);
        if (current is null || !Topics.IsKnown(topic))
        {
            return await OpenAsync(key, cancellationToken);
        }

        if (current.Topics.Contains(topic))
        {
            if (current.Topics.Count == 1)
            {
                return Answer(Show(current, "Cần giữ ít nhất một chủ đề. Muốn ngừng nhận hết, bấm \"Ngừng nhận tất cả\".\n"));
            }

            current = current with { Topics = current.Topics.Where(t => t != topic).ToList() };
        }
        else
        {
            current = current with { Topics = Topics.All.Where(t => t == topic || current.Topics.Contains(t)).ToList() };
        }

        await store.SetAsync(key, current, cancellationToken);
        return Answer(Show(current, "Đã lưu.\n"));
    }

    private async Task<HandlerResult> StopAsync(ConversationKey key, bool explicitRequest, CancellationToken cancellationToken)
    {
        await scratch.DeleteAsync(SearchKey(key), cancellationToken);
        var removed = await store.RemoveAsync(key, cancellationToken);
        var text = removed || !explicitRequest
            ? "Đã hủy toàn bộ đăng ký. Bạn sẽ không nhận tin cảnh báo nữa. Muốn nhận lại, gõ /dangky."
            : "Bạn chưa đăng ký nhận tin cảnh báo nào. Muốn đăng ký, gõ /dangky.";
        return Answer(new Reply(text, [MenuButton]));
    }

    private Reply Show(Subscription subscription, string prefix)
    {
        var topics = string.Join(", ", subscription.Topics.Select(Topics.Label));
        var text = $"{prefix}Bạn đang nhận tin của Công an {areas.FullName(subscription.AreaId)}.\nChủ đề: {topics}.\nBấm một chủ đề để bật hoặc tắt.";
        var buttons = Topics.All
            .Select(t => new ReplyButton((subscription.Topics.Contains(t) ? "✅ " : "⬜ ") + Topics.Label(t), "s:t:" + t))
            .Append(new ReplyButton("📍 Đổi xã, phường", "s:area"))
            .Append(new ReplyButton("🛑 Ngừng nhận tất cả", AlertFormatter.StopPayload))
            .Append(MenuButton)
            .ToList();
        return new Reply(text, buttons);
    }

    private static HandlerResult Answer(Reply reply) => new([reply]);

    private static string SearchKey(ConversationKey key) => "sub:" + key;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
