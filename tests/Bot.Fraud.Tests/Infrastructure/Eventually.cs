namespace Bot.Fraud.Tests.Infrastructure;

/// <summary>Waits (bounded) for something another instance does in the background; fails with a plain message otherwise.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail($"Within {seconds} s: {what}");
    }
}
