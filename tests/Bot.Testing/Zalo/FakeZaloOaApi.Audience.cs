using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Zalo;

// Who may be messaged: followers, and the 7-day window since a user last wrote to the OA; the user-detail endpoint reports following.
public sealed partial class FakeZaloOaApi
{
    /// <summary>The user has not interacted for over 7 days: sends to them get -230.</summary>
    public void PutOutsideWindow(string userId)
    {
        lock (_lock)
        {
            _outsideWindow.Add(userId);
        }
    }

    /// <summary>The user wrote to the OA again: Zalo reopens the 7-day window.</summary>
    public void BringBackIntoWindow(string userId)
    {
        lock (_lock)
        {
            _outsideWindow.Remove(userId);
        }
    }

    /// <summary>The user stops following the OA.</summary>
    public void Unfollow(string userId)
    {
        lock (_lock)
        {
            _notFollowing.Add(userId);
        }
    }

    /// <summary>The user follows the OA.</summary>
    public void Follow(string userId)
    {
        lock (_lock)
        {
            _notFollowing.Remove(userId);
        }
    }

    /// <summary>The user last interacted with the OA at <paramref name="at"/> (the 7-day window and the transaction year count from it).</summary>
    public void LastInteracted(string userId, DateTimeOffset at)
    {
        lock (_lock)
        {
            _lastInteraction[userId] = at;
            _outsideWindow.Remove(userId);
        }
    }

    private IResult UserDetail(HttpRequest request)
    {
        var data = JsonNode.Parse(request.Query["data"].ToString() is { Length: > 0 } d ? d : "{}");
        var userId = data?["user_id"]?.GetValue<string>() ?? "";
        lock (_lock)
        {
            return Results.Json(new { error = 0, message = "Success", data = new { user_id = userId, display_name = "Người dùng", user_is_follower = !_notFollowing.Contains(userId) } });
        }
    }
}
