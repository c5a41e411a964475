using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Host.Tests.Content;
using Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests.Inbox;

/// <summary>
/// The misunderstood inbox through the real host: residents' fallbacks are listed (masked, counted),
/// an editor assigns one to a flow, it is published as a new content version, and from then on it opens that flow.
/// </summary>
public sealed class MisunderstoodInboxTests
{
    // Nothing in the shipped examples is about a buffalo, so today it falls back.
    private const string Phrase = "con trâu nhà tôi đi lạc sang xã bên";
    private const string OtherPhrase = "nhà tôi mất mấy con gà";
    private const string AnotherMiss = "ruộng lúa nhà tôi bị chuột phá"; // falls back: no topic, not small talk

    // Made an example of two topics at once (below), so the bot asks "which do you mean?" whatever the routing thresholds.
    private const string Unclear = "đàn vịt nhà tôi đi lạc";
    private const string Misses = "/api/admin/understanding/misses";
    private const string FleetPrefix = "fleet:";

    private static WebApplicationFactory<Program> Host(ContentSandbox sandbox, string? redis = null) =>
        ContentHost.Over(sandbox, web =>
        {
            if (redis is not null)
            {
                web.UseSetting("Redis:ConnectionString", redis);
                web.UseSetting("Redis:KeyPrefix", FleetPrefix);
            }

            web.UseSetting("Content:DebounceMilliseconds", "50");
            web.UseSetting("WebChat:Preview", "true"); // the answer says why it went where it went
            web.UseAdminKey(0, "bien-tap-lan", AdminKeys.Editor, "editor");
            web.UseAdminKey(1, "duyet-hung", AdminKeys.Approver, "approver", "*");
        });

    /// <summary>A sandbox where <see cref="Unclear"/> is an example of two topics, so the bot asks which one is meant.</summary>
    private static ContentSandbox SandboxWhereUnclearIsTwoTopics()
    {
        var sandbox = new ContentSandbox();
        File.WriteAllText(Path.Combine(sandbox.Folder, "examples.learned.yaml"), Bot.Dialogs.Understanding.LearnedExamplesFile.Write(
        [
            new(Unclear, "eid", null, "key:test", DateTimeOffset.UnixEpoch),
            new(Unclear, "welfare", null, "key:test", DateTimeOffset.UnixEpoch),
        ]));
        return sandbox;
    }

    /// <summary>The payload of the first button the bot offered.</summary>
    private static string FirstChoice(JsonElement answer) => WebChatClient.Payloads(answer)[0];

    private static WebChatClient Resident(WebApplicationFactory<Program> host) => new(host.CreateClient(), "inbox-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Asks the inbox until an entry satisfies <paramref name="done"/> (the writer works in the background).</summary>
    private static async Task<JsonElement> WaitForEntryAsync(HttpClient editor, Func<JsonElement, bool> done)
    {
        var list = await Eventually.ReadAsync(() => editor.GetFromJsonAsync<JsonElement>(Misses + "?limit=20"),
            l => l.EnumerateArray().Any(done), "the inbox shows the entry");
        return list.EnumerateArray().First(done);
    }

    [Fact]
    public async Task APhraseThatFellBackTwiceIsAssignedToAFlowAndThenOpensIt()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var editor = host.CreateClient().WithKey(AdminKeys.Editor);
        var before = await ContentHost.VersionAsync(editor);

        var first = await Resident(host).SendTextAsync(Phrase);
        var second = await Resident(host).SendTextAsync("con trau nha toi di lac sang xa ben");
        Assert.StartsWith("fallback", first.GetProperty("why").GetString());
        Assert.StartsWith("fallback", second.GetProperty("why").GetString());

        var entry = await WaitForEntryAsync(editor, e => e.GetProperty("count").GetInt64() == 2);
        Assert.Equal(Phrase, entry.GetProperty("text").GetString());
        Assert.True(entry.GetProperty("firstSeen").GetDateTimeOffset() <= entry.GetProperty("lastSeen").GetDateTimeOffset());
        var suggestion = entry.GetProperty("suggestions").EnumerateArray().First();
        Assert.False(string.IsNullOrEmpty(suggestion.GetProperty("flow").GetString()));
        Assert.InRange(suggestion.GetProperty("score").GetDouble(), 0, 1);
        var id = entry.GetProperty("id").GetString()!;

        var assigned = await editor.PostAsJsonAsync($"{Misses}/{id}/assign", new { flow = "eid" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var version = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString();
        Assert.NotEqual(before, version);

        var after = await Resident(host).SendTextAsync(Phrase);
        Assert.Equal("eid", after.GetProperty("flow").GetString());
        Assert.StartsWith("route eid", after.GetProperty("why").GetString());
        Assert.DoesNotContain(id, await editor.GetStringAsync(Misses));

        // The example is content an editor can read: text, flow, who and when, and the audit names the key.
        var learned = await File.ReadAllTextAsync(Path.Combine(sandbox.Folder, "examples.learned.yaml"));
        Assert.Contains($"text: \"{Phrase}\"", learned);
        Assert.Contains("flow: eid", learned);
        Assert.Contains("who: \"key:bien-tap-lan\"", learned);
        Assert.Matches(@"when: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", learned);

        // It is an ordinary content version: rolling back takes the example away again.
        var rollback = await editor.PostAsync($"/api/admin/content/rollback/{before}", null);
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.StartsWith("fallback", (await Resident(host).SendTextAsync(Phrase)).GetProperty("why").GetString());
    }

    [Fact]
    public async Task AssigningToAFlowOrStepThatDoesNotExistChangesNothing()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var editor = host.CreateClient().WithKey(AdminKeys.Editor);
        await Resident(host).SendTextAsync(Phrase);
        var id = (await WaitForEntryAsync(editor, e => e.GetProperty("text").GetString() == Phrase)).GetProperty("id").GetString();
        var learnedBefore = await File.ReadAllTextAsync(Path.Combine(sandbox.Folder, "examples.learned.yaml"));

        var flow = await editor.PostAsJsonAsync($"{Misses}/{id}/assign", new { flow = "eidd" });
        var node = await editor.PostAsJsonAsync($"{Misses}/{id}/assign", new { flow = "eid", node = "no_such_step" });
        var empty = await editor.PostAsJsonAsync($"{Misses}/{id}/assign", new { node = "x" });
        var broken = await editor.PostAsync($"{Misses}/{id}/assign", new StringContent("{\"flow\":", System.Text.Encoding.UTF8, "application/json"));
        var unknown = await editor.PostAsJsonAsync($"{Misses}/0123456789abcdef/assign", new { flow = "eid" });
        var notAnId = await editor.DeleteAsync($"{Misses}/..%2F..%2Fbot.yaml");

        Assert.Equal(HttpStatusCode.BadRequest, flow.StatusCode);
        Assert.Contains("did you mean 'eid'?", await flow.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, node.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notAnId.StatusCode);
        Assert.Equal(learnedBefore, await File.ReadAllTextAsync(Path.Combine(sandbox.Folder, "examples.learned.yaml")));
        Assert.Contains(id!, await editor.GetStringAsync(Misses));
    }

    [Fact]
    public async Task ADismissedPhraseLeavesTheInboxAndStaysAwayWhenItComesAgain()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var editor = host.CreateClient().WithKey(AdminKeys.Editor);
        await Resident(host).SendTextAsync(Phrase);
        var id = (await WaitForEntryAsync(editor, e => e.GetProperty("text").GetString() == Phrase)).GetProperty("id").GetString();

        var dismissed = await editor.DeleteAsync($"{Misses}/{id}");
        var again = await editor.DeleteAsync($"{Misses}/{id}");
        await Resident(host).SendTextAsync(Phrase);
        await Resident(host).SendTextAsync(AnotherMiss); // written after the dismissed one: once it shows, both were counted
        await WaitForEntryAsync(editor, e => e.GetProperty("text").GetString() == AnotherMiss);

        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.DoesNotContain(id!, await editor.GetStringAsync(Misses));
    }

    [Fact]
    public async Task OnlyEditorAndAdminKeysOpenTheInbox()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var anonymous = host.CreateClient();
        var wrongKey = host.CreateClient().WithKey(AdminKeys.Editor + "x");
        var approver = host.CreateClient().WithKey(AdminKeys.Approver);
        var editor = host.CreateClient().WithKey(AdminKeys.Editor);
        var id = "0123456789abcdef";

        foreach (var client in new[] { anonymous, wrongKey })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Misses)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync($"{Misses}/{id}/assign", new { flow = "eid" })).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.DeleteAsync($"{Misses}/{id}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await approver.GetAsync(Misses)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await approver.PostAsJsonAsync($"{Misses}/{id}/assign", new { flow = "eid" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await approver.DeleteAsync($"{Misses}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(Misses + "?limit=5")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync(Misses + "?limit=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync(Misses + "?limit=0")).StatusCode);
    }

    [Fact]
    public async Task NumbersResidentsTypeNeverReachTheInbox()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var editor = host.CreateClient().WithKey(AdminKeys.Editor);

        // A phone number is something to check and an ID number or OTP gets the privacy warning; a code
        // typed inside a question falls back, and is starred before it is kept.
        await Resident(host).SendTextAsync("con trâu lạc, ai thấy gọi 0912345678 giúp tôi");
        await Resident(host).SendTextAsync("con trâu lạc của ông có căn cước 001203004567");
        await Resident(host).SendTextAsync("con trâu nhà tôi số 482913 đi lạc sang xã bên");
        await Resident(host).SendTextAsync("con trâu nhà tôi số 77711 đi lạc sang xã bên"); // another number, the same words: one entry
        var entry = await WaitForEntryAsync(editor, e => e.GetProperty("count").GetInt64() == 2);

        var raw = await editor.GetStringAsync(Misses + "?limit=100");
        Assert.Equal("con trâu nhà tôi số ****** đi lạc sang xã bên", entry.GetProperty("text").GetString());
        foreach (var secret in new[] { "0912345678", "001203004567", "482913", "77711" })
        {
            Assert.DoesNotContain(secret, raw);
        }
    }

    [Fact]
    public async Task AWhichDoYouMeanLeftUnansweredIsKeptButAChoiceMadeIsNot()
    {
        using var sandbox = SandboxWhereUnclearIsTwoTopics();
        await using var host = Host(sandbox);
        var editor = host.CreateClient().WithKey(AdminKeys.Editor);

        var chooses = Resident(host);
        var asked = await chooses.SendTextAsync(Unclear);
        Assert.StartsWith("ask", asked.GetProperty("why").GetString());
        var chosen = await chooses.PressAsync(FirstChoice(asked));
        Assert.NotNull(chosen.GetProperty("flow").GetString());

        var movesOn = Resident(host);
        Assert.StartsWith("ask", (await movesOn.SendTextAsync(Unclear)).GetProperty("why").GetString());
        await movesOn.SendTextAsync(OtherPhrase); // typed something else instead of choosing

        // The writer keeps order: once the later fallback is listed, the question before it was counted too.
        await WaitForEntryAsync(editor, e => e.GetProperty("text").GetString() == OtherPhrase);
        var unclear = await WaitForEntryAsync(editor, e => e.GetProperty("text").GetString() == Unclear);
        Assert.Equal(1, unclear.GetProperty("count").GetInt64());
        Assert.True(unclear.GetProperty("suggestions").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task OnAFleetAPickMadeOnAnotherInstanceResolvesTheQuestionAndAQuestionLeftIsCountedOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        using var sandbox = SandboxWhereUnclearIsTwoTopics();
        await using var a = Host(sandbox, redis.ConnectionString);
        await using var b = Host(sandbox, redis.ConnectionString);
        var editor = a.CreateClient().WithKey(AdminKeys.Editor);
        await using var connection = await redis.ConnectAsync();
        var held = connection.GetDatabase();

        // A resident is asked on instance A; the load balancer sends the pick to instance B.
        var chooser = "fleet-" + Guid.NewGuid().ToString("N")[..12];
        var asked = await new WebChatClient(a.CreateClient(), chooser).SendTextAsync(Unclear);
        Assert.StartsWith("ask", asked.GetProperty("why").GetString());
        await WaitUntilAsync(async () => await held.SortedSetLengthAsync(FleetPrefix + "{misses}:held") == 1); // A's writer has kept it
        var chosen = await new WebChatClient(b.CreateClient(), chooser).PressAsync(FirstChoice(asked));
        Assert.NotNull(chosen.GetProperty("flow").GetString());
        await WaitUntilAsync(async () => await held.SortedSetLengthAsync(FleetPrefix + "{misses}:held") == 0); // B took it: resolved

        // Another resident is asked on A and types something else on B instead of choosing.
        var movesOn = "fleet-" + Guid.NewGuid().ToString("N")[..12];
        Assert.StartsWith("ask", (await new WebChatClient(a.CreateClient(), movesOn).SendTextAsync(Unclear)).GetProperty("why").GetString());
        await WaitUntilAsync(async () => await held.SortedSetLengthAsync(FleetPrefix + "{misses}:held") == 1);
        await new WebChatClient(b.CreateClient(), movesOn).SendTextAsync(OtherPhrase);

        await WaitForEntryAsync(editor, e => e.GetProperty("text").GetString() == OtherPhrase);
        var unclear = await WaitForEntryAsync(editor, e => e.GetProperty("text").GetString() == Unclear);
        Assert.Equal(1, unclear.GetProperty("count").GetInt64()); // the second resident's question only; the pick on B counted nothing
        var keys = string.Join(' ', connection.GetServer(redis.Endpoint).Keys(pattern: FleetPrefix + "{misses}:*").Select(key => (string)key!));
        Assert.Contains("{misses}:i:", keys);
        Assert.DoesNotContain(chooser, keys); // the inbox names conversations by a hash
        Assert.DoesNotContain(movesOn, keys);
    }

    [Fact]
    public async Task OnAFleetTypedMessagesAfterNoWhichDoYouMeanCostTheInboxNothingInRedisAndAPickStillResolvesOne()
    {
        await using var redis = await RedisServer.StartAsync();
        using var sandbox = SandboxWhereUnclearIsTwoTopics();
        await using var a = Host(sandbox, redis.ConnectionString);
        await using var b = Host(sandbox, redis.ConnectionString);
        await using var connection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var server = connection.GetServer(redis.Endpoint);
        var held = connection.GetDatabase();
        var resident = "fleet-" + Guid.NewGuid().ToString("N")[..12];
        var onA = new WebChatClient(a.CreateClient(), resident);
        var onB = new WebChatClient(b.CreateClient(), resident);
        await onA.SendTextAsync("menu");
        await onB.SendTextAsync("menu");

        // Typed turns with no question open, on both instances: the inbox is not asked (its take always runs one ZREM).
        var before = await TakesAsync(server);
        await onA.SendTextAsync("căn cước");
        await onB.SendTextAsync("menu");
        await onA.SendTextAsync("menu");
        await Task.Delay(500); // the inbox writer works in the background: give it time to (wrongly) ask Redis
        Assert.Equal(before, await TakesAsync(server));

        // A question asked on A is still settled by the pick on B.
        var asked = await onA.SendTextAsync(Unclear);
        Assert.StartsWith("ask", asked.GetProperty("why").GetString());
        await WaitUntilAsync(async () => await held.SortedSetLengthAsync(FleetPrefix + "{misses}:held") == 1);
        Assert.NotNull((await onB.PressAsync(FirstChoice(asked))).GetProperty("flow").GetString());
        await WaitUntilAsync(async () => await held.SortedSetLengthAsync(FleetPrefix + "{misses}:held") == 0);
    }

    /// <summary>ZREM calls so far: only the inbox's take of a held question runs one (the conversation's scripts never do).</summary>
    private static async Task<long> TakesAsync(StackExchange.Redis.IServer server)
    {
        var info = await server.InfoAsync("commandstats");
        return info.SelectMany(g => g)
            .Where(e => e.Key == "cmdstat_zrem")
            .Sum(e => long.Parse(e.Value.Split(',')[0]["calls=".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Task WaitUntilAsync(Func<Task<bool>> done) => Eventually.HoldsAsync(done, "the inbox store reaches the expected state");
}
