using Bot.Channels.Zalo.Tests.Fakes;

namespace Bot.Channels.Zalo.Tests.Walking;

/// <summary>What the resident received for one action: the messages' texts, and the buttons under the last one (OA only).</summary>
public sealed record Seen(IReadOnlyList<string> Texts, IReadOnlyList<FakeOaButton> LastButtons);
