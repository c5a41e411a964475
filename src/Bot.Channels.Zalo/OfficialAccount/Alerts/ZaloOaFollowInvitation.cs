using Bot.Channels.Zalo.Tokens;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount.Alerts;

/// <summary>After a resident subscribes on the OA: checks whether they follow it and, if not, asks them to, with a one-tap button.</summary>
/// <remarks>
/// Zalo lets the OA write freely only for 7 days after the resident's last message; after that alerts reach
/// followers only. The resident is told that plainly. Zalo's answer is recorded in the contact book, so alerts
/// use it too. When Zalo cannot be asked, the invitation is shown anyway (following does no harm).
/// </remarks>
public sealed class ZaloOaFollowInvitation(
    ZaloOaApiClient api,
    ZaloOaTokenManager tokens,
    IZaloContactBook contacts,
    IOptions<ZaloOaAlertOptions> options,
    ILogger<ZaloOaFollowInvitation> logger) : IFollowInvitation
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(3);

    public string Channel => ZaloChannels.OfficialAccount;

    public async Task<Reply?> AdviseAsync(string chatId, string locale, CancellationToken cancellationToken)
    {
        var followerTypes = options.Value.Types.Any(t => t != ZaloOaMessageTypes.CustomerService);
        bool? follows = null;
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(AskTimeout); // the resident is waiting for the answer to their tap
        try
        {
            var token = await tokens.GetAccessTokenAsync(patience.Token).ConfigureAwait(false);
            (_, follows) = await api.GetFollowerAsync(token, chatId, patience.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or ZaloTokenException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Could not ask Zalo whether a subscriber follows the OA ({Failure})", ex.GetType().Name);
        }

        if (follows is { } known)
        {
            await contacts.FollowsAsync(chatId, known, cancellationToken).ConfigureAwait(false);
        }

        var english = locale == "en";
        if (follows == true)
        {
            return Reply.Plain(followerTypes
                ? (english
                    ? "You follow our Zalo page, so alerts reach you even if you do not write to us for a long time (at most one a day)."
                    : "Bạn đã quan tâm trang Zalo này nên vẫn nhận được tin cảnh báo kể cả khi lâu không nhắn (tối đa mỗi ngày một tin).")
                : (english
                    ? "Zalo lets us send you alerts for 7 days after your last message. Write to us now and then to keep receiving them."
                    : "Zalo chỉ cho gửi tin trong 7 ngày kể từ lần cuối bạn nhắn. Thỉnh thoảng bạn nhắn một tin để tiếp tục nhận cảnh báo."));
        }

        var text = english
            ? "Please follow our Zalo page. Without following, alerts reach you only for 7 days after your last message."
            : "Bạn hãy bấm \"Quan tâm\" trang Zalo này. Nếu chưa quan tâm, bạn chỉ nhận được tin cảnh báo trong 7 ngày kể từ lần cuối bạn nhắn.";
        var url = options.Value.FollowUrl;
        if (url.Length == 0)
        {
            return Reply.Plain(text + (english
                ? " Tap the page's name at the top of this chat, then \"Follow\"."
                : " Cách làm: bấm vào tên trang ở đầu cuộc trò chuyện, rồi bấm \"Quan tâm\"."));
        }

        return new Reply(text, [new ReplyButton(english ? "Follow the page" : "Quan tâm trang Zalo", "s:follow", url)]);
    }
}
