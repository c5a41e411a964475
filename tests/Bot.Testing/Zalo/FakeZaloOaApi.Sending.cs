using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Zalo;

// The send and quota endpoints: Zalo's rules per message type (platform-protocols B5-B6) and the test's programmed faults.
public sealed partial class FakeZaloOaApi
{
    /// <summary>Calls to the send endpoint, accepted or not.</summary>
    public int SendAttempts { get; private set; }

    /// <summary>Sends that broke a rule the bot should know (a second promotion on one day to the same user).</summary>
    public int Violations { get; private set; }

    /// <summary>Promotion messages left this month; null: no quota enforced.</summary>
    public int? PromotionQuota { get; set; }

    /// <summary>The total the quota endpoint reports.</summary>
    public int PromotionQuotaTotal { get; set; } = 2_000;

    /// <summary>Calls to the quota endpoint.</summary>
    public int QuotaReads { get; private set; }

    /// <summary>Called the first time a freshly issued access token is used to send (before the send is answered).</summary>
    public Action<string>? OnNewAccessTokenUsed { get; set; }

    /// <summary>The next send calls answer these error codes, one per call.</summary>
    public void FailNextSends(params int[] errors)
    {
        foreach (var error in errors)
        {
            _nextErrors.Enqueue(error);
        }
    }

    private async Task<IResult> SendAsync(string type, HttpRequest request)
    {
        var token = request.Headers["access_token"].ToString();
        var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
        var userId = body?["recipient"]?["user_id"]?.GetValue<string>() ?? "";
        var message = body?["message"] as JsonObject;

        bool firstUse;
        lock (_lock)
        {
            SendAttempts++;
            if (!_validAccessTokens.Contains(token))
            {
                return Results.Json(new { error = -216, message = "Access token is invalid" });
            }

            firstUse = token != AccessToken(1) && _seenTokens.Add(token);
        }

        if (firstUse)
        {
            OnNewAccessTokenUsed?.Invoke(token);
        }

        if (_nextErrors.TryDequeue(out var error))
        {
            return Results.Json(new { error, message = "programmed failure" });
        }

        lock (_lock)
        {
            var now = Time.GetUtcNow();
            var sinceLast = _lastInteraction.TryGetValue(userId, out var last) ? now - last : TimeSpan.Zero;
            if (_notFollowing.Contains(userId) && type != "cs")
            {
                // Follower messages need a follower; a customer-service reply needs only the 7-day window.
                return Results.Json(new { error = -213, message = "User has not followed the OA" });
            }

            switch (type)
            {
                case "cs" when _outsideWindow.Contains(userId) || sinceLast > TimeSpan.FromDays(7):
                    return Results.Json(new { error = -230, message = "User has not interacted with the OA in the past 7 days" });
                case "transaction" when sinceLast > TimeSpan.FromDays(365):
                    return Results.Json(new { error = -232, message = "User interaction expired" });
                case "promotion":
                    var local = now.ToOffset(VietnamOffset);
                    if (local.Hour >= 22 || local.Hour < 6)
                    {
                        return Results.Json(new { error = -234, message = "Message can not be sent at night" });
                    }

                    var day = local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    if (_promotionDay.TryGetValue(userId, out var used) && used == day)
                    {
                        Violations++;
                        return Results.Json(new { error = -211, message = "User has received a promotion message today" });
                    }

                    if (PromotionQuota is { } left)
                    {
                        if (left <= 0)
                        {
                            return Results.Json(new { error = -211, message = "Out of quota" });
                        }

                        PromotionQuota = left - 1;
                    }

                    _promotionDay[userId] = day;
                    break;
                case "cs" or "transaction" or "promotion":
                    break;
                default:
                    return Results.Json(new { error = -233, message = "Message type is invalid" });
            }

            var id = Guid.NewGuid().ToString("N")[..20];
            _sent.Add(Record(type, userId, message, token, id, now));
            return Results.Json(new { error = 0, message = "Success", data = new { message_id = id, user_id = userId } });
        }
    }

    private IResult QuotaAsync(HttpRequest request)
    {
        lock (_lock)
        {
            QuotaReads++;
            if (!_validAccessTokens.Contains(request.Headers["access_token"].ToString()))
            {
                return Results.Json(new { error = -216, message = "Access token is invalid" });
            }

            var remain = PromotionQuota ?? PromotionQuotaTotal;
            return Results.Json(new
            {
                error = 0,
                message = "Success",
                data = new { quota_type = "promotion", remain = remain.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    total = PromotionQuotaTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), owner_type = "OA" },
            });
        }
    }
}
