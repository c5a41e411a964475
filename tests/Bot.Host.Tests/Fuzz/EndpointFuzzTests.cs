using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Testing.Zalo;

namespace Bot.Host.Tests.Fuzz;

/// <summary>
/// Hostile input at every public endpoint of the real host (every route it maps, read from the host
/// itself, so a new endpoint is fuzzed too): random and mutated bodies, chunked or not, with and without
/// keys, secrets and signatures. No answer may be a 5xx, an oversized body must be refused after reading
/// at most its limit, and the host must still be alive at the end. Deterministic: one seed.
/// </summary>
public sealed class EndpointFuzzTests
{
    private const int Seed = 20_261_216;
    private const int BodyRequests = 200;
    private const int OtherRequests = 40;
    private const long Oversized = 10 * 1024 * 1024;

    /// <summary>Routes that read a body with the shared reader: an oversized body with the right credentials must get 413.</summary>
    private static readonly string[] BodyLimited =
    [
        "/api/webchat/{conversationId}/messages", "/telegram/webhook", "/zalo/oa/webhook", "/zalo/bot/webhook", "/api/fraud/check",
        "/api/fraud/lists/domains", "/api/fraud/lists/phones", "/api/admin/broadcasts",
    ];

    [Fact]
    public async Task NoEndpointAnswersHostileInputWithA5xxOrReadsMoreThanItsLimit()
    {
        var (host, routes) = await FuzzedHost.StartAsync();
        await using var _ = host;
        var random = new Random(Seed);
        var mutator = new BodyMutator(random);
        var requests = new List<FuzzRequest>();
        foreach (var (method, pattern) in routes)
        {
            var sample = Sample(pattern);
            for (var i = 0; i < (sample is null ? OtherRequests : BodyRequests); i++)
            {
                var (body, type) = mutator.Next(sample?.Invoke(random));
                requests.Add(new FuzzRequest(method, Fill(pattern, random), body, type, mutator.Kind, random.Next(3) == 0, Auth(pattern, body, random, random.Next(10) < 8)));
            }
        }

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = host.Process.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var failures = new List<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, ct) =>
        {
            var outcome = await SendAsync(http, request);
            if (outcome is null or >= 500)
            {
                lock (failures)
                {
                    failures.Add($"{request.Method} {request.Path} [{request.Kind}, {request.ContentType}{(request.Chunked ? ", chunked" : "")}] -> {outcome?.ToString(CultureInfo.InvariantCulture) ?? "no answer"}");
                }
            }
        });

        // 10 MB, with the right credentials, chunked and with a Content-Length: refused before the client could send it all.
        // (Loopback socket buffers take a few MB that the server never reads, so "before it was all sent" is the bound.)
        foreach (var (method, pattern) in routes.Where(r => r.Method == "POST"))
        {
            foreach (var chunked in new[] { true, false })
            {
                var headers = Auth(pattern, [], random, right: true);
                headers.Remove("X-ZEvent-Signature"); // checked after the body is read: the read itself must stop
                if (headers.ContainsKey("Authorization"))
                {
                    headers["Authorization"] = "Bearer " + FuzzedHost.AdminKeys[4]; // the admin role may use every admin route
                }

                var (status, sent) = await RawHttp.PostOversizedAsync(host.Process.BaseAddress, Ordinary(pattern), headers, Oversized, chunked);
                var expected = BodyLimited.Contains(pattern) ? status == 413 : status is > 0 and < 500;
                if (!expected || sent >= Oversized)
                {
                    failures.Add($"POST {pattern} with {Oversized} bytes{(chunked ? " chunked" : "")}: {status} after {sent} bytes were sent");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} requests failed:\n" + string.Join("\n", failures.Distinct().Take(60)));
        Assert.True(requests.Count >= routes.Count * OtherRequests, "the fuzzer sent fewer requests than planned");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Contains(routes, r => r.Pattern == "/zalo/oa/webhook"); // every channel was on
        Assert.Contains(routes, r => r.Pattern == "/telegram/webhook");
        Assert.Contains(routes, r => r.Pattern == "/api/admin/broadcasts");
    }

    private static async Task<int?> SendAsync(HttpClient http, FuzzRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        if (request.Method != "GET" || request.Body.Length > 0)
        {
            HttpContent content = request.Chunked ? new StreamContent(new MemoryStream(request.Body)) : new ByteArrayContent(request.Body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            message.Content = content;
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await http.SendAsync(message);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return TimedOut; // no answer within the client's timeout: a hang, named in the failures like any other
        }
    }

    /// <summary>The outcome recorded for a request that got no answer within the client's timeout.</summary>
    private const int TimedOut = 599;

    /// <summary>A valid body for the route, fresh each time (new ids, so turns are not all redeliveries); null when it takes none.</summary>
    private static Func<Random, string>? Sample(string pattern) => pattern switch
    {
        "/api/webchat/{conversationId}/messages" => r => r.Next(2) == 0
            ? $$$"""{"text":"kich hoat vneid","messageId":"m{{{r.Next()}}}"}"""
            : $$$"""{"payload":"f:eid","messageId":"m{{{r.Next()}}}"}""",
        "/telegram/webhook" => r => r.Next(2) == 0
            ? $$$"""{"update_id":{{{r.Next(1, int.MaxValue)}}},"message":{"message_id":{{{r.Next()}}},"date":1765000000,"from":{"id":{{{r.Next(1, 50)}}},"is_bot":false,"first_name":"Dân","language_code":"vi"},"chat":{"id":{{{r.Next(1, 50)}}},"type":"private","first_name":"Dân"},"text":"kich hoat vneid"}}"""
            : $$$"""{"update_id":{{{r.Next(1, int.MaxValue)}}},"callback_query":{"id":"cq{{{r.Next()}}}","chat_instance":"ci","from":{"id":{{{r.Next(1, 50)}}},"is_bot":false,"first_name":"Dân"},"message":{"message_id":5,"date":1765000000,"chat":{"id":{{{r.Next(1, 50)}}},"type":"private"},"text":"Menu"},"data":"f:eid"}}""",
        "/zalo/oa/webhook" => r =>
            $$$"""{"timestamp":"{{{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}}}","app_id":"3608465249409039","event_name":"user_send_text","sender":{"id":"u{{{r.Next(1, 50)}}}"},"recipient":{"id":"579745863508352884"},"message":{"text":"kich hoat vneid","msg_id":"m{{{r.Next()}}}"}}""",
        "/zalo/bot/webhook" => r =>
            $$$"""{"event_name":"message.text.received","message":{"message_id":"z{{{r.Next()}}}","date":1750316131602,"from":{"id":"c{{{r.Next(1, 50)}}}","display_name":"Bà Tư","is_bot":false},"chat":{"id":"c{{{r.Next(1, 50)}}}","chat_type":"PRIVATE"},"text":"menu"}}""",
        "/api/fraud/check" => _ => """{"text":"Cảnh sát giao thông: bạn có khoản phạt chưa nộp, truy cập https://csgt-phat.top ngay","lang":"vi"}""",
        "/api/fraud/lists/domains" => r => $$$"""{"value":"lua-dao-{{{r.Next()}}}.top"}""",
        "/api/fraud/lists/phones" => r => $$$"""{"value":"0912{{{r.Next(100000, 999999)}}}"}""",
        "/api/admin/broadcasts" => _ => """{"areas":["ha-noi.hoan-kiem"],"topic":"scam","urgent":false,"text":"Cảnh báo: không bấm vào đường link lạ."}""",
        _ => null,
    };

    /// <summary>A concrete path: route parameters filled with ordinary or hostile values, sometimes a query string.</summary>
    private static string Fill(string pattern, Random random)
    {
        string[] hostile = ["..%2F..%2Fappsettings.json", "%00", "a%20b", new string('x', 300), "%E2%80%AE", "%C3%28", "0", "-1", "eid", "chat.js"];
        var path = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}:]+)(:[^}]*)?\}", m => random.Next(3) switch
        {
            0 => hostile[random.Next(hostile.Length)],
            1 => m.Groups[1].Value switch { "file" => "chat.js", "flow" => "eid", "conversationId" => "c" + random.Next(1000), _ => "x" + random.Next(1000) },
            _ => Uri.EscapeDataString(RandomText(random, random.Next(1, 40))),
        });
        return random.Next(5) == 0 ? path + "?days=" + random.Next() + "&since=%ZZ&officer=" + random.Next() + "&sig=%00" : path;
    }

    /// <summary>The path with ordinary route values (a valid conversation id, a known file…).</summary>
    private static string Ordinary(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}:]+)(:[^}]*)?\}", m => m.Groups[1].Value switch
        {
            "file" => "chat.js",
            "flow" => "eid",
            "conversationId" => "oversized",
            _ => "x1",
        });

    private static string RandomText(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)random.Next(32, 0x2FFF)).Where(c => !char.IsSurrogate(c)).ToArray());

    /// <summary>The credentials the route checks: mostly right (so the input gets past them), sometimes missing or wrong.</summary>
    private static Dictionary<string, string> Auth(string pattern, byte[] body, Random random, bool right)
    {
        var headers = new Dictionary<string, string>();
        switch (pattern)
        {
            case "/telegram/webhook":
                headers["X-Telegram-Bot-Api-Secret-Token"] = right ? FuzzedHost.TelegramSecret : "wrong";
                break;
            case "/zalo/bot/webhook":
                headers["X-Bot-Api-Secret-Token"] = right ? FuzzedHost.ZaloBotSecret : "wrong-secret";
                break;
            case "/zalo/oa/webhook":
                var timestamp = Timestamp(body);
                headers["X-ZEvent-Signature"] = right && timestamp is not null ? ZaloOaEvents.Sign(body, timestamp) : "mac=" + new string('0', 64);
                break;
            case var p when p.StartsWith("/api/admin", StringComparison.Ordinal) || p.StartsWith("/admin", StringComparison.Ordinal) || p.StartsWith("/api/fraud/", StringComparison.Ordinal):
                // Right: a valid key of a random role (each route allows some); otherwise none or a wrong one.
                if (FuzzedHost.AdminKeys[right ? random.Next(2, FuzzedHost.AdminKeys.Length) : random.Next(2)] is { } key)
                {
                    headers["Authorization"] = "Bearer " + key;
                }

                break;
        }

        return headers;
    }

    /// <summary>The top-level timestamp the OA webhook will read from the body (so the signature matches), if any.</summary>
    private static string? Timestamp(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body)?["timestamp"]?.ToString();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            var text = Encoding.UTF8.GetString(body);
            var at = text.IndexOf("\"timestamp\":\"", StringComparison.Ordinal);
            return at < 0 ? null : new string(text.Skip(at + 13).TakeWhile(char.IsAsciiDigit).ToArray());
        }
    }

    private sealed record FuzzRequest(
        string Method, string Path, byte[] Body, string ContentType, string Kind, bool Chunked, Dictionary<string, string> Headers);
}
