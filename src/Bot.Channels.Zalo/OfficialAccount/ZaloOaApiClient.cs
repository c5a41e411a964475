using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Channels.Zalo.Tokens;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>The OA endpoints the channel calls: the three send types, token refresh, the message quota and a user's follow status.</summary>
/// <remarks>Zalo reports most failures as HTTP 200 with a negative <c>error</c>, so the JSON decides, not the status.</remarks>
public sealed class ZaloOaApiClient(IHttpClientFactory httpClients, IOptions<ZaloOaOptions> options)
{
    /// <summary>Name of the HttpClient (registered without its loggers).</summary>
    public const string HttpClientName = "Bot.Channels.Zalo.OA";

    private readonly ZaloOaOptions _options = options.Value;

    /// <summary>POST <c>/v3.0/oa/message/cs</c> with the <c>access_token</c> header.</summary>
    public Task<ZaloOaApiResult> SendCustomerServiceAsync(string accessToken, JsonObject body, CancellationToken cancellationToken) =>
        SendAsync(ZaloOaMessageTypes.CustomerService, accessToken, body, cancellationToken);

    /// <summary>POST <c>/v3.0/oa/message/{type}</c> (cs, promotion, transaction) with the <c>access_token</c> header.</summary>
    public async Task<ZaloOaApiResult> SendAsync(string messageType, string accessToken, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Combine(_options.ApiBaseUrl, "/v3.0/oa/message/" + messageType))
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("access_token", accessToken);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        var json = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return new ZaloOaApiResult(null, null, null, response.StatusCode);
        }

        return new ZaloOaApiResult(
            IntOf(json["error"]),
            json["message"]?.GetValueKind() == JsonValueKind.String ? json["message"]!.GetValue<string>() : null,
            json["data"]?["message_id"]?.ToString(),
            response.StatusCode);
    }

    /// <summary>POST <c>/v2.0/oa/quota/message</c>: what is left of the OA's quota for <paramref name="messageType"/>; null remain when the answer has no readable count.</summary>
    /// <remarks>The answer's shape is not documented firmly (platform-protocols B4.7): any object with a <c>remain</c> field counts, preferring one whose <c>quota_type</c> names the type.</remarks>
    public async Task<(ZaloOaApiResult Result, long? Remain)> GetQuotaAsync(string accessToken, string messageType, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["type"] = messageType };
        var (result, json) = await CallJsonAsync(HttpMethod.Post, "/v2.0/oa/quota/message", accessToken, body, cancellationToken).ConfigureAwait(false);
        return (result, result.IsSuccess ? ZaloOaQuota.RemainOf(json?["data"], messageType) : null);
    }

    /// <summary>GET <c>/v3.0/oa/user/detail</c>: whether the user follows the OA (<c>data.user_is_follower</c>); null when Zalo did not say.</summary>
    public async Task<(ZaloOaApiResult Result, bool? Follows)> GetFollowerAsync(string accessToken, string userId, CancellationToken cancellationToken)
    {
        var data = Uri.EscapeDataString(new JsonObject { ["user_id"] = userId }.ToJsonString());
        var (result, json) = await CallJsonAsync(HttpMethod.Get, "/v3.0/oa/user/detail?data=" + data, accessToken, null, cancellationToken).ConfigureAwait(false);
        var follows = json?["data"]?["user_is_follower"] switch
        {
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
            JsonValue v when v.ToString() is "1" or "true" => true,
            JsonValue v when v.ToString() is "0" or "false" => false,
            _ => (bool?)null,
        };
        return (result, result.IsSuccess ? follows : null);
    }

    private async Task<(ZaloOaApiResult Result, JsonObject? Json)> CallJsonAsync(HttpMethod method, string pathAndQuery, string accessToken, JsonObject? body,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Combine(_options.ApiBaseUrl, pathAndQuery));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.TryAddWithoutValidation("access_token", accessToken);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        var json = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        var message = json?["message"] is JsonValue m && m.GetValueKind() == JsonValueKind.String ? m.GetValue<string>() : null;
        return (new ZaloOaApiResult(json is null ? null : IntOf(json["error"]), message, null, response.StatusCode), json);
    }

    /// <summary>POST <c>/v4/oa/access_token</c> (form, <c>secret_key</c> header) with <c>grant_type=refresh_token</c>.</summary>
    /// <exception cref="ZaloTokenException">Zalo refused the refresh token.</exception>
    public async Task<ZaloTokenGrant> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Combine(_options.OAuthBaseUrl, "/v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["app_id"] = _options.AppId,
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
            }),
        };
        request.Headers.TryAddWithoutValidation("secret_key", _options.AppSecret);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        var json = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            throw new HttpRequestException($"The Zalo OAuth endpoint answered HTTP {(int)response.StatusCode} without JSON.", null, response.StatusCode);
        }

        var access = json["access_token"]?.ToString();
        var refresh = json["refresh_token"]?.ToString();
        if (string.IsNullOrEmpty(access) || string.IsNullOrEmpty(refresh))
        {
            var code = IntOf(json["error"])?.ToString(CultureInfo.InvariantCulture) ?? "none";
            var why = json["error_name"]?.ToString() ?? json["error_description"]?.ToString() ?? json["message"]?.ToString() ?? "no reason given";
            throw new ZaloTokenException(
                $"Zalo refused the OA refresh token (error {code}: {why}). Authorize the OA again in the Zalo developers' console " +
                "and set Zalo:OA:RefreshToken (and Zalo:OA:AccessToken) to the new tokens, then restart.");
        }

        var seconds = json["expires_in"] switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>(),
            JsonValue v when double.TryParse(v.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => (double?)null,
        };
        return new ZaloTokenGrant(access, refresh, seconds is > 0 ? TimeSpan.FromSeconds(seconds.Value) : null);
    }

    private static async Task<JsonObject?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? IntOf(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) => n,
        JsonValue v when int.TryParse(v.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static Uri Combine(string baseUrl, string path) => new(baseUrl.TrimEnd('/') + path);

    internal static bool IsTransient(HttpStatusCode status) => (int)status >= 500 || status == HttpStatusCode.TooManyRequests;
}
