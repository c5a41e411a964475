using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Bot.Metrics;
using Microsoft.Extensions.Options;

namespace Bot.Admin;

/// <summary>
/// Slows down guessing: after <see cref="AdminSignInOptions.FreeAttempts"/> wrong keys from one client
/// address, that address must wait before any key is checked again, 1 s, 2 s, 4 s … up to
/// <see cref="AdminSignInOptions.MaxDelay"/>; a right key after the wait resets it.
/// </summary>
/// <remarks>
/// While an address waits, even the right key is answered 429 with Retry-After (checking it would tell a
/// guesser when they hit). IPv6 addresses count per /64, the block one customer usually holds. Kept in
/// memory per instance and bounded; behind nginx the client address is only seen with forwarded headers
/// turned on (docs/deploy.md), otherwise every client shares nginx's address.
/// </remarks>
public sealed class SignInThrottle(IOptionsMonitor<AdminSignInOptions> options, TimeProvider time)
{
    /// <summary>Addresses remembered at most; idle ones are dropped first.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="address"/> must still wait, or null when it may try a key now.</summary>
    public TimeSpan? Wait(IPAddress? address)
    {
        if (!_entries.TryGetValue(Key(address), out var entry))
        {
            return null;
        }

        var left = entry.LockedUntil - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    /// <summary>A wrong key (or forged link) came from <paramref name="address"/>.</summary>
    public void Failed(IPAddress? address)
    {
        BotMetrics.RecordAdminSignIn("wrong_key");
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        if (_entries.Count >= Capacity)
        {
            Trim(now, settings);
        }

        _entries.AddOrUpdate(Key(address),
            _ => Next(new Entry(0, now, DateTimeOffset.MinValue), now, settings),
            (_, entry) => Next(now - entry.LastFailure > settings.ForgetAfter ? new Entry(0, now, DateTimeOffset.MinValue) : entry, now, settings));
    }

    /// <summary>The right key came from <paramref name="address"/>: its wrong attempts are forgotten.</summary>
    public void Succeeded(IPAddress? address)
    {
        BotMetrics.RecordAdminSignIn("ok");
        _entries.TryRemove(Key(address), out _);
    }

    /// <summary>A sign-in was refused unseen because the address must wait.</summary>
    public static void Refused() => BotMetrics.RecordAdminSignIn("locked");

    /// <summary>Whole seconds for a Retry-After header (at least 1).</summary>
    public static int Seconds(TimeSpan wait) => (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));

    private static Entry Next(Entry entry, DateTimeOffset now, AdminSignInOptions settings)
    {
        var failures = entry.Failures + 1;
        var beyond = failures - settings.FreeAttempts;
        var lockedUntil = beyond <= 0
            ? entry.LockedUntil
            : now + TimeSpan.FromTicks(Math.Min(settings.MaxDelay.Ticks, settings.FirstDelay.Ticks * (1L << Math.Min(beyond - 1, 30))));
        return new Entry(failures, now, lockedUntil);
    }

    private void Trim(DateTimeOffset now, AdminSignInOptions settings)
    {
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.LastFailure > settings.ForgetAfter && entry.LockedUntil <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }

        foreach (var (key, _) in _entries.OrderBy(e => e.Value.LastFailure).Take(Math.Max(0, _entries.Count - (Capacity * 9 / 10))))
        {
            _entries.TryRemove(key, out _);
        }
    }

    private static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8); // one /64
        return new IPAddress(bytes) + "/64";
    }

    private sealed record Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset LockedUntil);
}
