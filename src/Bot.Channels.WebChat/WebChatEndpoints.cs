using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Reporting;
using Bot.Dialogs.Turns;
using Bot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Channels.WebChat;

/// <summary>Maps the web chat page and its JSON API.</summary>
public static partial class WebChatEndpoints
{
    /// <summary>Channel name in conversation keys.</summary>
    public const string Channel = "web";

    /// <summary>Largest request body accepted (a message is at most a few kilobytes).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private const string Example = "Send JSON such as {\"text\":\"kich hoat vneid\"} or {\"payload\":\"c:menu\"}.";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ConversationIdPattern();

    /// <summary>Adds the web chat's options.</summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services, Action<WebChatOptions>? configure = null)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration("WebChat");
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// <c>GET /</c> (the page), its assets, and <c>POST /api/webchat/{conversationId}/messages</c>: JSON for text
    /// and buttons, <c>multipart/form-data</c> for a photo (<see cref="WebChatImageForm"/>); the same JSON answer.
    /// Nothing at all when <c>WebChat:Enabled</c> is false (every web chat address is then a 404).
    /// </summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled)
        {
            return app;
        }

        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/webchat/{file}", (string file) => Asset(file));
        app.MapGet("/api/webchat/config", (IOptions<WebChatOptions> options, IEngineProvider engines) =>
            Results.Json(new WebChatConfig(options.Value.Preview, engines.Current.Content.Version, options.Value.MaxTextLength),
                WebChatJson.Default.WebChatConfig));
        app.MapGet("/api/webchat/preview", PreviewStatus);
        app.MapPost("/api/webchat/{conversationId}/messages", PostMessageAsync);
        return app;
    }

    /// <summary>
    /// Preview mode only (an editor's draft, never the live page): the version served and the errors of a
    /// refused reload, which the page shows in a banner. A 404 on the live page.
    /// </summary>
    private static IResult PreviewStatus(IOptions<WebChatOptions> options, IEngineProvider engines, IServiceProvider services)
    {
        if (!options.Value.Preview)
        {
            return Results.NotFound();
        }

        // The core's content-status port (the hot reloader implements it when the host has one).
        var status = services.GetService<IContentStatusSource>()?.Current;
        var preview = status is null
            ? new WebChatPreviewStatus(engines.Current.Content.Version, null, null)
            : new WebChatPreviewStatus(
                status.Version,
                status.LastReloadError?.Split('\n'),
                status.LastReloadError is null ? null : status.LastReloadAt,
                status.LastReloadError is null ? null : status.LastReloadErrorVi?.Split('\n'));
        return Results.Json(preview, WebChatJson.Default.WebChatPreviewStatus);
    }

    private static async Task<IResult> PostMessageAsync(
        string conversationId,
        HttpRequest request,
        TurnProcessor turns,
        IEngineProvider engines,
        IOptions<WebChatOptions> options,
        CancellationToken cancellationToken)
    {
        if (!ConversationIdPattern().IsMatch(conversationId))
        {
            return Problem(400, "Invalid conversation id",
                "The conversation id must be 1–64 characters: letters A–Z, a–z, digits, '_' or '-'.");
        }

        if (WebChatImageForm.IsForm(request))
        {
            var (upload, refused) = await WebChatImageForm.ReadAsync(request, options.Value.MaxTextLength, cancellationToken);
            if (upload is null)
            {
                return refused!;
            }

            var image = upload.Image;
            var photo = InboundMessage.FromAttachment(InboundAttachment.Image(_ => Task.FromResult<byte[]?>(image)), upload.Text, upload.MessageId);
            return await RunAsync(conversationId, photo, turns, engines, options.Value, cancellationToken);
        }

        var (body, refusal) = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return refusal!;
        }

        var hasText = body.Text is not null;
        var hasPayload = body.Payload is not null;
        if (hasText == hasPayload)
        {
            return Problem(400, "Invalid message",
                "Send exactly one of \"text\" (what the resident typed) or \"payload\" (a button's payload), e.g. {\"text\":\"xin chào\"}.");
        }

        var max = options.Value.MaxTextLength;
        if (body.Text is { Length: var length } && length > max)
        {
            return Problem(400, "Message too long", $"\"text\" has {length} characters; send at most {max}.");
        }

        if (body.Payload is { Length: > 256 })
        {
            return Problem(400, "Invalid payload", "\"payload\" must be a button payload the bot sent (at most 256 characters).");
        }

        if (body.MessageId is { Length: > 64 })
        {
            return Problem(400, "Invalid message id", "\"messageId\" must be at most 64 characters.");
        }

        var inbound = new InboundMessage
        {
            Text = body.Text,
            Payload = body.Payload,
            UpdateId = body.MessageId,

            // No PlatformLocale: the page is Vietnamese, and many residents' browsers say "en-US" by default.
        };
        return await RunAsync(conversationId, inbound, turns, engines, options.Value, cancellationToken);
    }

    private static async Task<IResult> RunAsync(
        string conversationId, InboundMessage inbound, TurnProcessor turns, IEngineProvider engines, WebChatOptions options, CancellationToken cancellationToken)
    {
        var sink = new WebChatReplySink();
        var run = await turns.RunTurnAsync(new ConversationKey(Channel, conversationId), inbound, sink, cancellationToken);
        if (!run.Processed || sink.Result is not { } result)
        {
            return Problem(503, "Temporarily unavailable",
                "The message was not processed (the conversation store cannot be reached, or the conversation is busy). Nothing was saved; send it again in a moment, with the same messageId.");
        }

        var sites = engines.Current.Content.LinkSites;
        var replies = result.Replies
            .Select(r => new WebChatReply(
                r.Text,
                r.Buttons.Select(b => new WebChatButton(b.Label, b.Payload, b.Url)).ToList(),
                r.Authored ? WebChatLinks.Split(r.Text, sites) : null)) // never links in what quotes a stranger (a scam verdict)
            .ToList();
        var why = options.Preview ? result.Explanation?.ToString() : null; // editors only, never the live page
        return Results.Json(new WebChatResponse(replies, result.FlowId, result.NodeId, why, result.Locale), WebChatJson.Default.WebChatResponse);
    }

    private static async Task<(WebChatRequest? Body, IResult? Refusal)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (document, refusal) = await JsonBody.ReadAsync(request, MaxBodyBytes, Example, cancellationToken);
        if (document is null)
        {
            return (null, refusal);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Problem(400, "Invalid message", "The body must be a JSON object. " + Example));
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name is not ("text" or "payload" or "messageId"))
                {
                    return (null, Problem(400, "Invalid message", $"Unknown field \"{property.Name}\". " + Example));
                }

                if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return (null, Problem(400, "Invalid message", $"\"{property.Name}\" must be a string. " + Example));
                }
            }

            return (document.RootElement.Deserialize(WebChatJson.Default.WebChatRequest), null);
        }
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    private static IResult Asset(string file)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("webchat/" + file);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var type = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            _ => "application/octet-stream",
        };
        return Results.Stream(stream, type);
    }
}
