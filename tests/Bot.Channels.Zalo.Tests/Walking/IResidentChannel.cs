using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo.Tests.Walking;

/// <summary>How a resident uses one Zalo channel: open the chat, choose an option; and how options must look there.</summary>
public interface IResidentChannel
{
    /// <summary>Channel name in conversation keys.</summary>
    string Name { get; }

    /// <summary>First contact (follow on the OA, "/start" on Zalo Bot); the bot should show the menu.</summary>
    Task<Seen> OpenAsync(string user);

    /// <summary>Chooses option <paramref name="index"/> (0-based) of what <paramref name="current"/> shows, the way this platform allows.</summary>
    Task<Seen> ChooseAsync(string user, int index, ReplyButton option, Seen current);

    /// <summary>Asserts that <paramref name="seen"/> offers exactly <paramref name="expected"/>, rendered for this platform.</summary>
    void AssertOptions(Seen seen, IReadOnlyList<ReplyButton> expected);
}
