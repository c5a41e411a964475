using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>A small typed client for the Zalo Bot API (<c>{base}/bot{token}/{method}</c>, POST + JSON).</summary>
/// <remarks>
/// Telegram.Bot cannot be reused: Zalo's ids are strings and getUpdates returns one object, not an
/// array. The token is in every address, so this client's HttpClient logging is removed at registration.
/// </remarks>
/// <remarks>
/// Each call's outcome is recorded for the channel's health check, and each sendMessage in the
/// outgoing-sends metric (Zalo Bot's error codes mirror HTTP statuses, like Telegram's).
/// </remarks>
public sealed class ZaloBotClient(
    IHttpClientFactory httpClients,
    IOptions<ZaloBotOptions> options,
    [FromKeyedServices(ZaloChannels.Bot)] ZaloApiStatus status)
{
    /// <summary>Name of the HttpClient (registered without its loggers).</summary>
    public const string HttpClientName = "Bot.Channels.Zalo.Bot";

    private readonly ZaloBotOptions _options = options.Value;

    /// <summary><c>sendMessage</c> with <c>chat_id</c> and <c>text</c>.</summary>
    public Task<ZaloBotApiResult> SendMessageAsync(string chatId, string text, CancellationToken cancellationToken) =>
        CallAsync("sendMessage", new JsonObject { ["chat_id"] = chatId, ["text"] = text }, cancellationToken);

    /// <summary><c>getUpdates</c>: waits up to <see cref="ZaloBotOptions.PollTimeoutSeconds"/> for one update.</summary>
    public Task<ZaloBotApiResult> GetUpdatesAsync(CancellationToken cancellationToken) =>
        CallAsync("getUpdates", new JsonObject { ["timeout"] = _options.PollTimeoutSeconds.ToString(CultureInfo.InvariantCulture) }, cancellationToken,
            TimeSpan.FromSeconds(_options.PollTimeoutSeconds) + _options.RequestTimeout);

    /// <summary><c>setWebhook</c> with <c>url</c> and <c>secret_token</c> (Zalo then sends the secret as <c>X-Bot-Api-Secret-Token</c>).</summary>
    public Task<ZaloBotApiResult> SetWebhookAsync(string url, string secretToken, CancellationToken cancellationToken) =>
        CallAsync("setWebhook", new JsonObject { ["url"] = url, ["secret_token"] = secretToken }, cancellationToken);

    /// <summary><c>deleteWebhook</c> (polling and webhook exclude each other).</summary>
    public Task<ZaloBotApiResult> DeleteWebhookAsync(CancellationToken cancellationToken) =>
        CallAsync("deleteWebhook", new JsonObject(), cancellationToken);

    private async Task<ZaloBotApiResult> CallAsync(string method, JsonObject body, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        ZaloBotApiResult result;
        try
        {
            result = await SendAsync(method, body, cancellationToken, timeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Record(method, null);
            throw;
        }

        Record(method, result);
        return result;
    }

    /// <summary>Counts a sendMessage in the metric and notes how the call went for the health check.</summary>
    private void Record(string method, ZaloBotApiResult? result)
    {
        if (method == "sendMessage")
        {
            BotMetrics.RecordOutgoingSend(ZaloChannels.Bot, result is null ? null
                : result.Ok ? 200
                : result.ErrorCode is >= 100 and < 600 ? result.ErrorCode
                : (int)result.Status);
        }

        if (result is null)
        {
            status.Failed(method, "Zalo did not answer", operatorMustAct: false);
        }
        else if (result.Ok || (method == "getUpdates" && result.ErrorCode == 408))
        {
            status.Succeeded(method);
        }
        else if (result.Status is HttpStatusCode.Unauthorized || result.ErrorCode == 401)
        {
            status.Failed(method, "Zalo refused the bot token; check Zalo:Bot:Token", operatorMustAct: true);
        }
        else if (IsTransient(result) || IsRateLimited(result))
        {
            status.Failed(method, Describe(result), operatorMustAct: false);
        }
        else if (method == "sendMessage")
        {
            status.Succeeded(method); // Zalo answered; a refusal for one chat says nothing about the channel
        }
        else
        {
            status.Failed(method, Describe(result), operatorMustAct: true);
        }
    }

    private static string Describe(ZaloBotApiResult result) =>
        $"error {result.ErrorCode?.ToString(CultureInfo.InvariantCulture) ?? "none"} (HTTP {(int)result.Status})";

    private async Task<ZaloBotApiResult> SendAsync(string method, JsonObject body, CancellationToken cancellationToken, TimeSpan? timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout ?? _options.RequestTimeout);
        var address = new Uri($"{_options.ApiBaseUrl.TrimEnd('/')}/bot{_options.Token}/{method}");
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).PostAsync(address, content, cts.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            // The exception text may carry the address, and so the token: keep only the status.
            throw new HttpRequestException($"Zalo Bot API {method} failed in transport.", null, ex.StatusCode);
        }

        using (response)
        {
            try
            {
                var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cts.Token).ConfigureAwait(false)) as JsonObject;
                if (json is null)
                {
                    return new ZaloBotApiResult(false, null, null, null, response.StatusCode);
                }

                var ok = json["ok"] is JsonValue v && v.GetValueKind() == JsonValueKind.True;
                var code = json["error_code"] is JsonValue c && c.GetValueKind() == JsonValueKind.Number ? c.GetValue<int>() : (int?)null;
                return new ZaloBotApiResult(ok, json["result"], code, json["description"]?.ToString(), response.StatusCode);
            }
            catch (JsonException)
            {
                return new ZaloBotApiResult(false, null, null, null, response.StatusCode);
            }
        }
    }

    internal static bool IsTransient(ZaloBotApiResult result) =>
        (int)result.Status >= 500 || result.ErrorCode is >= 500 || result.ErrorCode == 408;

    internal static bool IsRateLimited(ZaloBotApiResult result) =>
        result.Status == HttpStatusCode.TooManyRequests || result.ErrorCode == 429;
}
