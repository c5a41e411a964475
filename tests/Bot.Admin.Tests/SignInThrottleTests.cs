using System.Net;

namespace Bot.Admin.Tests;

/// <summary>Guessing keys is slowed down per client address, with a growing wait, and the right key does not cut the wait short.</summary>
public sealed class SignInThrottleTests
{
    private const string Key = "a-right-admin-key-for-throttle-tests-0123456789";

    [Fact]
    public async Task FortyWrongKeysThenTheRightOneIsRefusedWith429AndRetryAfterUntilTheWaitIsOver()
    {
        var time = new ManualTime(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        await using var app = await GuardedApp.StartAsync(AdminPolicies.Administrators, AdminKeySettings.For(0, "root", Key, "admin"), time);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            answers.Add((await app.GetAsync("wrong-key-" + i)).StatusCode);
        }

        using var right = await app.GetAsync(Key);

        Assert.All(answers.Take(6), s => Assert.Equal(HttpStatusCode.Unauthorized, s)); // five free mistakes, the sixth starts the wait
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[6]);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var retryAfter = right.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
        Assert.Contains("Wait", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        time.Advance(retryAfter);
        using var afterTheWait = await app.GetAsync(Key);
        Assert.Equal(HttpStatusCode.OK, afterTheWait.StatusCode);
    }

    [Fact]
    public void EachWrongKeyBeyondTheFreeOnesDoublesTheWaitUpToTheLimit()
    {
        var time = new ManualTime(DateTimeOffset.UnixEpoch);
        var throttle = Throttle(time);
        var address = IPAddress.Parse("203.0.113.7");
        var waits = new List<TimeSpan?>();
        for (var i = 0; i < 16; i++)
        {
            throttle.Failed(address);
            waits.Add(throttle.Wait(address));
        }

        Assert.All(waits.Take(5), w => Assert.Null(w));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], waits.Skip(5).Take(4));
        Assert.Equal(TimeSpan.FromMinutes(15), waits[^1]);
        Assert.Null(throttle.Wait(IPAddress.Parse("203.0.113.8"))); // another client is not slowed down

        throttle.Succeeded(address);
        Assert.Null(throttle.Wait(address));
    }

    [Fact]
    public void IPv6AddressesOfOneCustomerBlockShareTheirWait()
    {
        var throttle = Throttle(new ManualTime(DateTimeOffset.UnixEpoch));
        for (var i = 1; i <= 6; i++)
        {
            throttle.Failed(IPAddress.Parse($"2001:db8:1:2::{i:x}"));
        }

        Assert.NotNull(throttle.Wait(IPAddress.Parse("2001:db8:1:2::ffff"))); // same /64
        Assert.Null(throttle.Wait(IPAddress.Parse("2001:db8:1:3::1"))); // the next /64
        Assert.Null(throttle.Wait(IPAddress.Parse("::ffff:203.0.113.9")));
    }

    [Fact]
    public void MistakesAreForgottenAfterAQuietHour()
    {
        var time = new ManualTime(DateTimeOffset.UnixEpoch);
        var throttle = Throttle(time);
        var address = IPAddress.Parse("198.51.100.1");
        for (var i = 0; i < 5; i++)
        {
            throttle.Failed(address);
        }

        time.Advance(TimeSpan.FromHours(2));
        throttle.Failed(address);

        Assert.Null(throttle.Wait(address));
    }

    private static SignInThrottle Throttle(TimeProvider time) =>
        new(new StaticMonitor<AdminSignInOptions>(new AdminSignInOptions()), time);
}
