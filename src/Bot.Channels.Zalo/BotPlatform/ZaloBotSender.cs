using Bot.Dialogs.Channels;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Sends texts to one Zalo Bot chat in order, mapping Zalo's answers to <see cref="SendOutcome"/>.</summary>
/// <remarks>Error codes are not documented; codes shaped like Telegram's (403, 429, 5xx) are read that way, anything else is permanent.</remarks>
public sealed class ZaloBotSender(ZaloBotClient client, ILogger<ZaloBotSender> logger)
{
    /// <summary>Sends each text; stops at the first failure. Returns the outcome and the last message id.</summary>
    public async Task<(SendOutcome Outcome, string? MessageId)> SendAsync(string chatId, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        string? id = null;
        foreach (var text in texts)
        {
            ZaloBotApiResult result;
            try
            {
                result = await client.SendMessageAsync(chatId, text, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException)
            {
                return (new SendOutcome(SendStatus.TransientFailure, Detail: "transport failure"), id);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (new SendOutcome(SendStatus.TransientFailure, Detail: "timeout"), id);
            }

            if (result.Ok)
            {
                id = result.Result?["message_id"]?.ToString() ?? id;
                continue;
            }

            var detail = $"Zalo Bot error {result.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} (HTTP {(int)result.Status})";
            logger.LogWarning("Zalo Bot sendMessage refused: {Detail}", detail);
            var status = ZaloBotClient.IsRateLimited(result) ? SendStatus.RateLimited
                : ZaloBotClient.IsTransient(result) ? SendStatus.TransientFailure
                : result.ErrorCode == 403 ? SendStatus.Blocked
                : SendStatus.Failed;
            return (new SendOutcome(status, Detail: detail), id);
        }

        return (SendOutcome.Sent, id);
    }
}
