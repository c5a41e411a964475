using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Hosting;
using Bot.Broadcasts.Officers;
using Bot.State.Redis;
using StackExchange.Redis;

namespace Bot.Broadcasts.Redis;

/// <summary><c>officers invite|list|revoke</c>: the administrator's tools for officer roles.</summary>
/// <remarks>Reads Redis from <c>--redis</c> or the <c>Redis__ConnectionString</c> environment variable, like the host.</remarks>
public static class OfficerCli
{
    public const string Usage = """
        usage: officers invite --area <area id> --role officer|approver|admin [--hours 48]
               officers list
               officers revoke <channel:chat id>      e.g. officers revoke telegram:123456789
        options: --redis <connection string> (default: $Redis__ConnectionString)  --areas <areas.yaml>  --prefix bc:
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider? time = null)
    {
        var options = Options(args);
        var verb = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !options.Values.Contains(a));
        var connection = options.GetValueOrDefault("--redis") ?? Environment.GetEnvironmentVariable("Redis__ConnectionString");
        if (verb is not ("invite" or "list" or "revoke"))
        {
            error.WriteLine(Usage);
            return 1;
        }

        if (string.IsNullOrWhiteSpace(connection))
        {
            error.WriteLine("error: officers are stored in Redis; set Redis__ConnectionString or pass --redis host:port");
            return 1;
        }

        time ??= TimeProvider.System;
        IConnectionMultiplexer redis;
        try
        {
            redis = await RedisConnection.ConnectNowAsync(connection);
        }
        catch (RedisConnectionException)
        {
            error.WriteLine("error: cannot reach Redis at the configured address; check Redis__ConnectionString");
            return 2;
        }

        await using var _ = redis;
        var keys = new RedisKeys(options.GetValueOrDefault("--prefix") ?? "bc:");
        var store = new RedisOfficerStore(redis, keys, time);
        var audit = new RedisAuditLog(redis, keys, time);
        var admin = "cli:" + Environment.UserName;
        switch (verb)
        {
            case "invite":
                return await InviteAsync(options, store, audit, admin, output, error);
            case "list":
                var officers = await store.ListAsync(CancellationToken.None);
                foreach (var officer in officers)
                {
                    output.WriteLine($"{officer.Id}\t{officer.Role}\t{officer.AreaId}\tsince {officer.Since:yyyy-MM-dd HH:mm}Z");
                }

                // Always a last line, so an empty list says so instead of printing nothing.
                var invites = await PendingInvitesAsync(redis, keys);
                output.WriteLine($"{officers.Count} {(officers.Count == 1 ? "officer" : "officers")}, {invites} {(invites == 1 ? "invite" : "invites")} pending");
                return 0;
            default:
                var identity = args.SkipWhile(a => a != "revoke").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
                if (identity is null)
                {
                    error.WriteLine("usage: officers revoke <channel:chat id> (see officers list)");
                    return 1;
                }

                var revoked = await store.RevokeAsync(identity, CancellationToken.None);
                await audit.AppendAsync(admin, "revoke", $"officer={identity} found={revoked}", CancellationToken.None);
                output.WriteLine(revoked ? $"revoked {identity}" : $"no officer {identity}");
                return revoked ? 0 : 3;
        }
    }

    private static async Task<int> InviteAsync(Dictionary<string, string> options, RedisOfficerStore store, RedisAuditLog audit, string admin,
        TextWriter output, TextWriter error)
    {
        var area = options.GetValueOrDefault("--area");
        if (area is null || !OfficerRoles.TryParse(options.GetValueOrDefault("--role"), out var role))
        {
            error.WriteLine("usage: officers invite --area <area id> --role officer|approver|admin [--hours 48]");
            return 1;
        }

        var catalog = AreaCatalog.Load(options.GetValueOrDefault("--areas") ?? AreasFile.Resolve(null, null));
        if (area != AreaCatalog.Everywhere && catalog.Find(area) is null)
        {
            error.WriteLine($"error: unknown area '{area}'; use an id from areas.yaml such as 'ha-noi' or 'ha-noi.hoan-kiem'");
            return 1;
        }

        var hours = int.TryParse(options.GetValueOrDefault("--hours"), out var h) && h is > 0 and <= 24 * 14 ? h : 48;
        var code = await store.CreateInviteAsync(area, role, TimeSpan.FromHours(hours), CancellationToken.None);
        await audit.AppendAsync(admin, "invite", $"role={OfficerRoles.Name(role)} area={area} hours={hours}", CancellationToken.None);
        output.WriteLine($"Invite for {OfficerRoles.Name(role)} of {catalog.FullName(area)}, valid {hours} h, single use:");
        output.WriteLine($"  /canbo {code}");
        output.WriteLine("Give it to the officer in person; it is not stored and cannot be shown again.");
        return 0;
    }

    /// <summary>Invite codes not yet used and not expired (each is a key that expires on its own).</summary>
    private static async Task<long> PendingInvitesAsync(IConnectionMultiplexer redis, RedisKeys keys)
    {
        var pattern = keys.Invite("*").ToString();
        long count = 0;
        foreach (var server in redis.GetServers().Where(s => !s.IsReplica))
        {
            await foreach (var _ in server.KeysAsync(pattern: pattern, pageSize: 500))
            {
                count++;
            }
        }

        return count;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i]] = args[++i];
            }
        }

        return options;
    }
}
