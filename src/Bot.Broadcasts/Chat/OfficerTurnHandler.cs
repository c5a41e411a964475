using System.Text.Json;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Officers;
using Bot.Broadcasts.Storage;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Chat;

/// <summary>Officers in chat: <c>/canbo &lt;code&gt;</c> to enrol, <c>/canhbao</c> to compose, approve/reject/cancel buttons.</summary>
/// <remarks>
/// The role is read again on every action, so a revoked officer loses access at once. The draft lives
/// in Redis; a <see cref="DialogMark"/> in the officer's conversation record says when it waits for
/// typed text, so residents' ordinary text turns pass without a Redis read. Composed after the privacy
/// guard but before the scam check, so an alert's text about a scam is taken as the alert, not checked as one.
/// </remarks>
public sealed class OfficerTurnHandler(
    IOfficerStore officers,
    IAuditLog audit,
    IScratchStore scratch,
    BroadcastService service,
    AreaCatalog areas,
    AlertFormatter formatter) : ITurnHandler
{
    private const string Drafting = "alert-draft";
    private static readonly TimeSpan DraftLifetime = TimeSpan.FromMinutes(30);

    public async ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var key = context.Key;
        if (context.Input.Payload is { } payload)
        {
            return payload.StartsWith(OfficerPayloads.Prefix, StringComparison.Ordinal) ? await PressAsync(context, payload, cancellationToken) : null;
        }

        if (context.Input.Text?.Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        var command = text.Split(' ', 2, StringSplitOptions.TrimEntries);
        switch (command[0].ToLowerInvariant())
        {
            case "/canbo":
                return await EnrolAsync(key, command.Length > 1 ? command[1] : "", cancellationToken);
            case "/canhbao":
                return await StartComposeAsync(context, cancellationToken);
        }

        // Typed text belongs to the draft only while it waits for a name or the alert's text.
        if (text.StartsWith('/') || !DialogMark.IsWaiting(context, Drafting))
        {
            return null;
        }

        var draft = await LoadDraftAsync(key, cancellationToken);
        if (draft is not { Step: ComposeStep.ChoosingArea or ComposeStep.WritingText })
        {
            return null;
        }

        var officer = await officers.GetAsync(key, cancellationToken);
        if (officer is null)
        {
            await scratch.DeleteAsync(DraftKey(key), cancellationToken);
            return null;
        }

        var dialog = new ComposeDialog(draft, officer.ToActor(key), areas, service, formatter);
        await dialog.TypedAsync(text);
        await SaveDraftAsync(key, draft, cancellationToken);
        return new HandlerResult(dialog.Replies, RecordFor(context, draft));
    }

    private async Task<HandlerResult> EnrolAsync(ConversationKey key, string code, CancellationToken cancellationToken)
    {
        var who = Actor.ChatIdentity(key);
        if (InviteCodes.Normalize(code).Length is < 8 or > 32)
        {
            return Say("Gõ /canbo kèm mã mời, ví dụ: /canbo K7QM-3XPA-TR9D");
        }

        var (status, officer) = await officers.RedeemAsync(code, key, cancellationToken);
        await audit.AppendAsync(who, "enrol", $"result={status}" + (officer is null ? "" : $" role={officer.Role} area={officer.AreaId}"),
            cancellationToken);
        return Say(status switch
        {
            RedeemStatus.Bound => $"Đã xác nhận: bạn là {OfficerRoles.Label(officer!.Level())} của {areas.FullName(officer!.AreaId)}. Gõ /canhbao để soạn cảnh báo.",
            RedeemStatus.AlreadyUsed => "Mã mời này đã được dùng. Mỗi mã chỉ dùng một lần; xin quản trị viên mã mới.",
            RedeemStatus.Expired => "Mã mời này đã hết hạn. Xin quản trị viên mã mới.",
            RedeemStatus.TooManyAttempts => "Bạn đã nhập sai quá nhiều lần. Thử lại sau một giờ.",
            _ => "Mã mời không đúng. Kiểm tra lại từng ký tự.",
        });
    }

    private async Task<HandlerResult> StartComposeAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var key = context.Key;
        var officer = await officers.GetAsync(key, cancellationToken);
        if (officer is null)
        {
            return NotAnOfficer();
        }

        var draft = new ComposeDraft();
        var dialog = new ComposeDialog(draft, officer.ToActor(key), areas, service, formatter);
        dialog.Begin();
        await SaveDraftAsync(key, draft, cancellationToken);
        await audit.AppendAsync(officer.Id, "compose-start", "", cancellationToken);
        return new HandlerResult(dialog.Replies, RecordFor(context, draft));
    }

    private async Task<HandlerResult> PressAsync(TurnContext context, string payload, CancellationToken cancellationToken)
    {
        var key = context.Key;
        var officer = await officers.GetAsync(key, cancellationToken);
        if (officer is null)
        {
            return NotAnOfficer();
        }

        var actor = officer.ToActor(key);
        var parts = payload.Split(':', 3);
        if (parts is ["o", "ok" or "no" or "c", var id])
        {
            var outcome = parts[1] switch
            {
                "ok" => await service.ApproveAsync(actor, id, cancellationToken),
                "no" => await service.RejectAsync(actor, id, cancellationToken),
                _ => await service.CancelAsync(actor, id, cancellationToken),
            };
            if (outcome.Problem is { } problem)
            {
                return Say(problem.Vietnamese);
            }

            return parts[1] switch
            {
                "ok" when outcome.Alert!.Status == AlertStatus.Done => Say($"Đã duyệt cảnh báo {id}. {service.NextStep(outcome.Alert)}"),
                "ok" => new HandlerResult([new Reply($"Đã duyệt cảnh báo {id}. {service.NextStep(outcome.Alert!)} Người soạn sẽ thấy tiến độ gửi.", [
                    new ReplyButton("⛔ Dừng gửi", OfficerPayloads.Cancel(id)),
                ])]),
                "no" => Say($"Đã từ chối cảnh báo {id}."),
                _ => Say($"Đã dừng cảnh báo {id}. Tin chưa gửi sẽ không gửi nữa."),
            };
        }

        var draft = await LoadDraftAsync(key, cancellationToken);
        if (draft is null)
        {
            return Say("Bản nháp đã hết hạn. Gõ /canhbao để soạn lại.");
        }

        var dialog = new ComposeDialog(draft, actor, areas, service, formatter);
        await dialog.PressAsync(payload);
        if (draft.Step == ComposeStep.Submitted)
        {
            await scratch.DeleteAsync(DraftKey(key), cancellationToken);
            var created = await service.CreateAsync(actor, draft.Areas, draft.Topic!, draft.Urgent, draft.Text!, cancellationToken);
            if (created.Problem is { } problem)
            {
                return Say(problem.Vietnamese);
            }

            var alert = created.Alert!;
            return alert.Status == AlertStatus.PendingApproval
                ? new HandlerResult([new Reply(
                    $"Đã gửi để duyệt. Mã cảnh báo: {alert.Id}. Một cán bộ duyệt khác cần bấm Duyệt thì tin mới được gửi.",
                    [new ReplyButton("⛔ Rút lại", OfficerPayloads.Cancel(alert.Id))])])
                : Say($"Cảnh báo {alert.Id}: {service.NextStep(alert)}");
        }

        if (draft.Step == ComposeStep.Discarded)
        {
            await scratch.DeleteAsync(DraftKey(key), cancellationToken);
        }
        else
        {
            await SaveDraftAsync(key, draft, cancellationToken);
        }

        return new HandlerResult(dialog.Replies, RecordFor(context, draft));
    }

    private async Task<ComposeDraft?> LoadDraftAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var json = await scratch.GetAsync(DraftKey(key), cancellationToken);
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, ComposeDraftJson.Default.ComposeDraft);
        }
        catch (JsonException)
        {
            return null; // written by an older version: the officer starts again
        }
    }

    private Task SaveDraftAsync(ConversationKey key, ComposeDraft draft, CancellationToken cancellationToken) =>
        scratch.SetAsync(DraftKey(key), JsonSerializer.Serialize(draft, ComposeDraftJson.Default.ComposeDraft), DraftLifetime, cancellationToken);

    /// <summary>The officer's record, noting whether the draft now waits for typed text.</summary>
    private static ConversationRecord RecordFor(TurnContext context, ComposeDraft draft) =>
        draft.Step is ComposeStep.ChoosingArea or ComposeStep.WritingText
            ? DialogMark.Wait(context.Record, Drafting)
            : DialogMark.Clear(context.Record);

    private static HandlerResult NotAnOfficer() =>
        Say("Chức năng này dành cho cán bộ công an đã được cấp quyền. Nếu bạn là cán bộ, gõ /canbo kèm mã mời.");

    private static HandlerResult Say(string text) => new([Reply.Plain(text)]);

    private static string DraftKey(ConversationKey key) => "draft:" + key;
}
