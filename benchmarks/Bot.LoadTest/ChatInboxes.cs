using System.Collections.Concurrent;

namespace Bot.LoadTest;

/// <summary>
/// Where a resident waits for the bot's answer: one pending expectation per chat, completed by the
/// first message that satisfies it. Messages that satisfy nothing are counted, not kept.
/// </summary>
internal sealed class ChatInboxes
{
    private readonly ConcurrentDictionary<long, Waiter> _waiting = new();
    private long _unexpected;

    /// <summary>Messages that arrived while nobody waited for them or that did not match (extra or late messages).</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    /// <summary>Registers what the chat waits for; must be called before the update is sent (inline bots answer before the webhook returns).</summary>
    public Task<ReceivedMessage> Expect(long chatId, Func<ReceivedMessage, bool> matches)
    {
        var waiter = new Waiter(matches);
        _waiting[chatId] = waiter;
        return waiter.Completion.Task;
    }

    /// <summary>Stops waiting for a chat (timeout); a later answer counts as unexpected.</summary>
    public void Forget(long chatId) => _waiting.TryRemove(chatId, out _);

    public void Deliver(ReceivedMessage message)
    {
        if (_waiting.TryGetValue(message.ChatId, out var waiter) && waiter.Matches(message)
            && _waiting.TryRemove(new KeyValuePair<long, Waiter>(message.ChatId, waiter)))
        {
            waiter.Completion.TrySetResult(message);
            return;
        }

        Interlocked.Increment(ref _unexpected);
        if (ShowUnexpected)
        {
            Console.Error.WriteLine($"unexpected in chat {message.ChatId}: {message.Text[..Math.Min(120, message.Text.Length)]} [{string.Join(" | ", message.Buttons.Select(b => b.Label))}]");
        }
    }

    /// <summary>LOADTEST_SHOW_UNEXPECTED=1 prints every unexpected message (to see where a bot left the script).</summary>
    private static readonly bool ShowUnexpected = Environment.GetEnvironmentVariable("LOADTEST_SHOW_UNEXPECTED") == "1";

    private sealed class Waiter(Func<ReceivedMessage, bool> matches)
    {
        public Func<ReceivedMessage, bool> Matches { get; } = matches;

        public TaskCompletionSource<ReceivedMessage> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
