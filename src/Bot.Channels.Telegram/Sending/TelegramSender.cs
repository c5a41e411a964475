using System.Net.Http;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Bot.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Channels.Telegram.Sending;

/// <summary>Every outgoing Bot API call goes through here: paced, rate limited, retried with care, counted.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Pacing: per chat (burst, then <see cref="TelegramOptions.PerChatRate"/>) and over all chats
/// (<see cref="TelegramOptions.GlobalRateLimit"/>, a token bucket refilled from the clock, no timer: <see cref="GlobalSendBudget"/>).</item>
/// <item>429: the chat is held back for <c>retry_after</c> and the same request is sent again; the
/// library's own 429 retry is switched off so there is one policy, this one.</item>
/// <item>403: the resident blocked the bot (or the account is gone): the chat is recorded in
/// <see cref="IUnreachableRecipients"/> and nothing is retried.</item>
/// <item>5xx, timeouts, broken connections: retried with exponential backoff, at most
/// <see cref="TelegramOptions.MaxAttempts"/> times. But a <c>sendMessage</c> whose outcome is unknown
/// (Telegram may have delivered it before failing) is resent <b>at most once</b>: an elderly resident
/// seeing one message twice is better than seeing nothing, seeing it four times is not. A request that
/// provably never reached Telegram (connection refused) is retried normally.</item>
/// </list>
/// Each attempt of a message send or edit is counted in <c>bot_outgoing_sends_total</c> by its HTTP
/// status (a 429 waited out and resent counts twice: once "429", once "ok").
/// </remarks>
public sealed class TelegramSender
{
    private readonly ITelegramBotClient _bot;
    private readonly ChatPacer _pacer;
    private readonly GlobalSendBudget _global;
    private readonly IUnreachableRecipients _unreachable;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public TelegramSender(
        ITelegramBotClient bot,
        IUnreachableRecipients unreachable,
        IOptions<TelegramOptions> options,
        TimeProvider time,
        ILogger<TelegramSender> logger)
    {
        _bot = bot;
        _unreachable = unreachable;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _pacer = new ChatPacer(_options.PerChatRate, _options.PerChatBurst, time);
        var rate = _options.GlobalRateLimit;
        // A fifth of a second's worth at once (one busy moment's replies), then the configured rate.
        _global = new GlobalSendBudget(rate, Math.Max(1, rate / 5), time);
    }

    /// <summary>Sends the replies of one turn (or a broadcast) to one chat, in order; stops at the first failure.</summary>
    public async Task<SendOutcome> SendRepliesAsync(long chatId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            foreach (var message in TelegramRenderer.RenderOnce(reply))
            {
                var (outcome, _) = await SendAsync(chatId, message, cancellationToken).ConfigureAwait(false);
                if (outcome.Status != SendStatus.Sent)
                {
                    return outcome;
                }
            }
        }

        return SendOutcome.Sent;
    }

    /// <summary>Sends one message; returns the outcome and, when sent, Telegram's message id.</summary>
    public async Task<(SendOutcome Outcome, int? MessageId)> SendAsync(long chatId, TelegramOutgoing message, CancellationToken cancellationToken)
    {
        var (outcome, sent) = await ExecuteAsync(
            chatId,
            "sendMessage",
            token => _bot.SendRequest(new SendMessageBody(chatId, message.SendMessageTail), token),
            repeatable: false,
            cancellationToken).ConfigureAwait(false);
        return (outcome, sent?.MessageId);
    }

    /// <summary>Replaces the text (and keyboard) of a message the bot sent earlier.</summary>
    public async Task<SendOutcome> EditAsync(long chatId, int messageId, TelegramOutgoing message, CancellationToken cancellationToken)
    {
        var (outcome, _) = await ExecuteAsync(
            chatId,
            "editMessageText",
            async token =>
            {
                try
                {
                    return await _bot.EditMessageText(chatId, messageId, message.Html, ParseMode.Html, message.Keyboard,
                        new LinkPreviewOptions { IsDisabled = true }, cancellationToken: token).ConfigureAwait(false);
                }
                catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
                {
                    return null; // the same text again: nothing to change, and nothing wrong
                }
            },
            repeatable: true, // an edit applied twice looks the same as once
            cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>Stops the button's spinner; a failure is only logged.</summary>
    /// <remarks>
    /// Neither paced per chat nor counted against <see cref="TelegramOptions.GlobalRateLimit"/>: Telegram's
    /// limits are on messages sent, and an answer is not a message. Taking a token here cost every
    /// button press a second token and capped button turns at limit ÷ 1.67 (found by the grammY comparison).
    /// </remarks>
    public async Task AnswerCallbackAsync(string callbackQueryId, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds));
            await _bot.AnswerCallbackQuery(callbackQueryId, cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Too late (the resident pressed long ago) or a redelivered update: the spinner is gone anyway.
            _logger.LogDebug("answerCallbackQuery failed: {Reason}", ex.Message);
        }
    }

    private async Task<(SendOutcome Outcome, T? Result)> ExecuteAsync<T>(
        long chatId,
        string method,
        Func<CancellationToken, Task<T>> call,
        bool repeatable,
        CancellationToken cancellationToken)
    {
        var attempt = 0;
        var unknownResends = 0;
        var rateLimitedFor = TimeSpan.Zero;
        while (true)
        {
            attempt++;
            await _pacer.WaitAsync(chatId, cancellationToken).ConfigureAwait(false);
            await _global.TakeAsync(cancellationToken).ConfigureAwait(false);

            Failure failure;
            string reason;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds));
                var result = await call(timeout.Token).ConfigureAwait(false);
                BotMetrics.RecordOutgoingSend(TelegramChannel.Name, 200);
                return (SendOutcome.Sent, result);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429)
            {
                BotMetrics.RecordOutgoingSend(TelegramChannel.Name, 429);
                var retryAfter = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
                rateLimitedFor += retryAfter;
                if (rateLimitedFor > TimeSpan.FromSeconds(_options.MaxRetryAfterSeconds))
                {
                    return (new SendOutcome(SendStatus.RateLimited, retryAfter, "Too Many Requests"), default);
                }

                _logger.LogInformation("Telegram asked to slow down ({Method}): waiting {RetryAfter} s before sending again", method, retryAfter.TotalSeconds);
                _pacer.Pause(chatId, retryAfter);
                attempt--; // waiting out a 429 is not a failed attempt; the total wait is bounded above
                continue;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 403)
            {
                BotMetrics.RecordOutgoingSend(TelegramChannel.Name, 403);
                var blocked = ex.Message.Contains("blocked", StringComparison.OrdinalIgnoreCase);
                await _unreachable.MarkAsync(Key(chatId), blocked ? "blocked" : "forbidden", cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("Telegram refused {Method} (403: {Reason}); the chat is marked unreachable", method, ex.Message);
                return (new SendOutcome(blocked ? SendStatus.Blocked : SendStatus.Unreachable, Detail: ex.Message), default);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is >= 400 and < 500)
            {
                BotMetrics.RecordOutgoingSend(TelegramChannel.Name, ex.ErrorCode);
                if (ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase))
                {
                    await _unreachable.MarkAsync(Key(chatId), "chat not found", cancellationToken).ConfigureAwait(false);
                    return (new SendOutcome(SendStatus.Unreachable, Detail: ex.Message), default);
                }

                _logger.LogWarning("Telegram rejected {Method} ({Code}: {Reason}); not retried", method, ex.ErrorCode, ex.Message);
                return (new SendOutcome(SendStatus.Failed, Detail: ex.Message), default);
            }
            catch (ApiRequestException ex)
            {
                BotMetrics.RecordOutgoingSend(TelegramChannel.Name, ex.ErrorCode);
                (failure, reason) = (Failure.OutcomeUnknown, $"{ex.ErrorCode} {ex.Message}");
            }
            catch (RequestException ex) when (NeverReachedTelegram(ex))
            {
                BotMetrics.RecordOutgoingSend(TelegramChannel.Name, null);
                (failure, reason) = (Failure.NotDelivered, ex.InnerException?.Message ?? ex.Message);
            }
            catch (RequestException ex)
            {
                BotMetrics.RecordOutgoingSend(TelegramChannel.Name, ex.HttpStatusCode is { } code ? (int)code : null);
                (failure, reason) = (Failure.OutcomeUnknown, ex.HttpStatusCode is { } status ? $"{(int)status} {ex.Message}" : ex.Message);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                BotMetrics.RecordOutgoingSend(TelegramChannel.Name, null);
                (failure, reason) = (Failure.OutcomeUnknown, $"no answer within {_options.RequestTimeoutSeconds} s");
            }

            if (failure == Failure.OutcomeUnknown && !repeatable)
            {
                if (unknownResends >= 1)
                {
                    _logger.LogWarning("{Method} failed again ({Reason}); not resent a second time to avoid duplicate messages", method, reason);
                    return (new SendOutcome(SendStatus.TransientFailure, Detail: reason), default);
                }

                unknownResends++;
            }

            if (attempt >= _options.MaxAttempts)
            {
                _logger.LogWarning("{Method} failed {Attempts} times ({Reason}); giving up", method, attempt, reason);
                return (new SendOutcome(SendStatus.TransientFailure, Detail: reason), default);
            }

            var delay = Backoff(attempt);
            _logger.LogInformation("{Method} failed ({Reason}); retrying in {Delay} ms", method, reason, (int)delay.TotalMilliseconds);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var baseMs = _options.RetryBaseDelayMilliseconds * Math.Pow(2, attempt - 1);
        return TimeSpan.FromMilliseconds(baseMs + Random.Shared.Next(0, Math.Max(1, (int)(baseMs / 4))));
    }

    /// <summary>True when the connection could not even be opened, so Telegram cannot have seen the request.</summary>
    private static bool NeverReachedTelegram(Exception ex)
    {
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
            {
                return true;
            }
        }

        return false;
    }

    private static ConversationKey Key(long chatId) => new(TelegramChannel.Name, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private enum Failure
    {
        NotDelivered,
        OutcomeUnknown,
    }
}
