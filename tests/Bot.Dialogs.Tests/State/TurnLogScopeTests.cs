using Bot.Dialogs.Pipeline;

namespace Bot.Dialogs.Tests.State;

/// <summary>A turn's log scope carries its id as the one property <c>TurnId</c>, as the dictionary it replaced did.</summary>
public sealed class TurnLogScopeTests
{
    [Fact]
    public void TheScopeIsTheOnePropertyTurnId()
    {
        IReadOnlyList<KeyValuePair<string, object?>> scope = new TurnLogScope("abcdefghij");

        var pair = Assert.Single(scope);
        Assert.Equal(new KeyValuePair<string, object?>("TurnId", "abcdefghij"), pair);
        Assert.Equal(pair, scope[0]);
        Assert.Equal("TurnId:abcdefghij", scope.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => scope[1]);
    }
}
