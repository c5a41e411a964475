using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Delivery;
using Bot.Broadcasts.Hosting;
using Bot.Broadcasts.Officers;
using Bot.Broadcasts.Subscriptions;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Broadcasts.Alerts;

/// <summary>Create, approve, reject, cancel and read alerts; the same rules for officers in chat and API clients.</summary>
/// <remarks>
/// The author never approves their own alert (US IPAWS separates originator and authority), every
/// action is checked against the actor's role and area scope, and every action is audited.
/// </remarks>
public sealed class BroadcastService(
    IAlertStore alerts,
    AreaCatalog areas,
    IOfficerStore officers,
    IAuditLog audit,
    IOptions<BroadcastOptions> options,
    AlertFormatter formatter,
    MessengerRegistry messengers,
    ISubscriptionStore subscriptions,
    ReachEstimator estimator,
    TimeProvider time,
    ILogger<BroadcastService> logger)
{
    /// <summary>Longest alert text (well under every platform's message limit, and short for elderly readers).</summary>
    public const int MaxTextLength = 1_000;

    private readonly LinkPolicy _links = new(options.Value.LinkDomains);
    private readonly QuietHours _quiet = new(options.Value);

    /// <summary>Checks and stores a new alert; it waits for a second person's approval unless approval is turned off.</summary>
    public async Task<BroadcastOutcome> CreateAsync(Actor actor, IReadOnlyList<string> areaIds, string topic, bool urgent, string text,
        CancellationToken cancellationToken)
    {
        if (Validate(actor, areaIds, topic, text) is { } problem)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var alert = new BroadcastAlert
        {
            Id = AlertIds.New(),
            Areas = areaIds.Distinct().ToList(),
            Topic = topic,
            Urgent = urgent,
            Text = text.Trim().Normalize(),
            Status = AlertStatus.PendingApproval,
            CreatedBy = actor.Identity,
            CreatorChat = actor.Chat is { } chat ? Actor.ChatIdentity(chat) : "",
            CreatedAt = now,
            ExpiresAt = now + options.Value.ApprovalTimeout,
        };
        await alerts.SaveNewAsync(alert).ConfigureAwait(false);
        await audit.AppendAsync(actor.Identity, "create",
            $"alert={alert.Id} areas={string.Join(',', alert.Areas)} topic={topic} urgent={urgent}", cancellationToken).ConfigureAwait(false);

        if (!options.Value.RequireApproval)
        {
            return await StartAsync(alert, "auto (approval turned off)", cancellationToken).ConfigureAwait(false);
        }

        await NotifyApproversAsync(alert, cancellationToken).ConfigureAwait(false);
        return alert;
    }

    /// <summary>Approves a pending alert (a different approver in scope) and schedules its delivery.</summary>
    public async Task<BroadcastOutcome> ApproveAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        var (alert, problem) = await LoadForDecisionAsync(actor, id).ConfigureAwait(false);
        if (problem is not null)
        {
            await audit.AppendAsync(actor.Identity, "approve-refused", $"alert={id} reason={problem.Title}", cancellationToken).ConfigureAwait(false);
            return problem;
        }

        return await StartAsync(alert!, actor.Identity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rejects a pending alert; the author is told.</summary>
    public async Task<BroadcastOutcome> RejectAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        var (alert, problem) = await LoadForDecisionAsync(actor, id).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (!await alerts.TransitionAsync(id, [AlertStatus.PendingApproval], AlertStatus.Rejected, ("rejectedBy", actor.Identity)).ConfigureAwait(false))
        {
            return Problems.WrongState((await alerts.GetAsync(id).ConfigureAwait(false))?.Status ?? "unknown");
        }

        await audit.AppendAsync(actor.Identity, "reject", $"alert={id}", cancellationToken).ConfigureAwait(false);
        await TellAuthorAsync(alert!, $"Cảnh báo {id} đã bị từ chối, không gửi cho người dân.", cancellationToken).ConfigureAwait(false);
        return alert! with { Status = AlertStatus.Rejected };
    }

    /// <summary>Stops an alert: pending ones are withdrawn, sending ones stop what is not yet sent.</summary>
    public async Task<BroadcastOutcome> CancelAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        var alert = await LoadAsync(id).ConfigureAwait(false);
        if (alert is null)
        {
            return Problems.NotFound(id);
        }

        if (!MayCancel(actor, alert))
        {
            return Problems.NotAllowedToCancel;
        }

        if (!await alerts.TransitionAsync(id, [AlertStatus.PendingApproval, AlertStatus.Scheduled, AlertStatus.Sending], AlertStatus.Cancelled,
                ("cancelledBy", actor.Identity)).ConfigureAwait(false))
        {
            return Problems.WrongState(alert.Status);
        }

        await audit.AppendAsync(actor.Identity, "cancel", $"alert={id}", cancellationToken).ConfigureAwait(false);
        var cancelled = alert with { Status = AlertStatus.Cancelled };
        if (alert.Status == AlertStatus.Sending)
        {
            var counts = await alerts.GetCountsAsync(id).ConfigureAwait(false);
            await TellAuthorAsync(cancelled, AlertFormatter.Report(cancelled, counts, await alerts.GetReachAsync(id).ConfigureAwait(false)),
                cancellationToken).ConfigureAwait(false);
        }

        return cancelled;
    }

    /// <summary>Reads an alert the actor may see (authored by them or in their scope).</summary>
    public async Task<BroadcastOutcome> GetAsync(Actor actor, string id)
    {
        var alert = await LoadAsync(id).ConfigureAwait(false);
        if (alert is null)
        {
            return Problems.NotFound(id);
        }

        return alert.CreatedBy == actor.Identity || CoversAll(actor, alert.Areas) ? alert : Problems.OutOfScope(alert.Areas[0]);
    }

    /// <summary>The recipient counts of an alert.</summary>
    public Task<AlertCounts> CountsAsync(string id) => alerts.GetCountsAsync(id);

    /// <summary>The alert's reach per channel: reached by message type, waiting and skipped with reasons.</summary>
    public Task<IReadOnlyList<ChannelReach>> ReachAsync(string id) => alerts.GetReachAsync(id);

    /// <summary>Who the alert could reach if it went out now, per channel, and the Zalo quota it would use.</summary>
    public async Task<IReadOnlyList<ReachEstimate>> EstimateAsync(BroadcastAlert alert, CancellationToken cancellationToken)
    {
        try
        {
            return await estimator.EstimateAsync(alert, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not estimate the reach of alert {Alert}", alert.Id);
            return [];
        }
    }

    /// <summary>Checks an alert before it is stored (also used by the chat dialog before the preview).</summary>
    public BroadcastProblem? Validate(Actor actor, IReadOnlyList<string> areaIds, string? topic, string? text)
    {
        if (areaIds.Count is 0 or > 20)
        {
            return Problems.BadInput("\"areas\" must list 1–20 area ids from areas.yaml.", "Cần chọn từ 1 đến 20 xã, phường.");
        }

        foreach (var area in areaIds)
        {
            if (areas.Find(area) is null)
            {
                return Problems.BadInput($"Unknown area '{area}'. Use an id from content/areas.yaml such as 'ha-noi.hoan-kiem'.",
                    "Không có xã, phường này trong danh sách.");
            }

            if (!CoversAll(actor, [area]))
            {
                return Problems.OutOfScope(area);
            }
        }

        if (!Topics.IsKnown(topic))
        {
            return Problems.BadInput("\"topic\" must be one of: scam, welfare, general.", "Cần chọn chủ đề.");
        }

        return ValidateText(text);
    }

    /// <summary>Checks an alert's text: length, and links only to allow-listed official domains.</summary>
    public BroadcastProblem? ValidateText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxTextLength)
        {
            return Problems.BadInput($"\"text\" must be 1–{MaxTextLength} characters (it has {trimmed.Length}).",
                $"Nội dung cần từ 1 đến {AlertFormatter.Number(MaxTextLength)} ký tự (hiện có {AlertFormatter.Number(trimmed.Length)}).");
        }

        var refused = _links.DisallowedHosts(trimmed);
        if (refused.Count > 0)
        {
            var allowed = string.Join(", ", options.Value.LinkDomains);
            return Problems.BadInput(
                $"Links may only point to official domains ({allowed}); refused: {string.Join(", ", refused)}. Remove the link or use an official page.",
                $"Không gửi được: đường link {string.Join(", ", refused)} không phải trang chính thức. Chỉ được ghi link thuộc {allowed}. Bạn sửa lại nội dung nhé.");
        }

        return null;
    }

    /// <summary>True when the actor's scope covers every area.</summary>
    public bool CoversAll(Actor actor, IEnumerable<string> areaIds) =>
        areaIds.All(area => actor.Areas.Any(scope => areas.Covers(scope, area)));

    /// <summary>What happens next with a started alert, in the officers' words (approver's and author's chat).</summary>
    public string NextStep(BroadcastAlert alert) => NextSteps(alert).Vietnamese;

    /// <summary>When delivery starts, for API clients: "Delivery waits for the quiet hours to end: it starts at 07:00 Vietnam time (00:00 UTC)."</summary>
    public string NextStepEnglish(BroadcastAlert alert) => NextSteps(alert).English;

    /// <summary>One table for both languages, so a status never gets words in one and not the other.</summary>
    private (string Vietnamese, string English) NextSteps(BroadcastAlert alert) => alert.Status switch
    {
        AlertStatus.Scheduled when alert.SendAfter is { } at => (
            $"Đang là giờ nghỉ đêm nên tin sẽ gửi lúc {_quiet.LocalTime(at)}.",
            $"Approved during the quiet hours: delivery waits until {_quiet.LocalClock(at)} Vietnam time ({at.UtcDateTime:HH:mm} UTC)."),
        AlertStatus.Done => (
            "Chưa có ai ở khu vực này đăng ký nhận loại tin này, nên không có tin nào được gửi.",
            "Nobody in these areas subscribed to this topic, so nothing was sent."),
        AlertStatus.PendingApproval => ("Đang chờ một cán bộ duyệt khác.", "Waiting for another approver in scope."),
        AlertStatus.Sending => ("Đang gửi…", "Delivery has started."),
        var status => ($"Trạng thái: {AlertStatus.Vietnamese(status)}.", $"Status: {AlertStatus.English(status)}."),
    };

    /// <summary>
    /// Approval took effect: the alert is <c>done</c> at once when nobody would receive it, <c>scheduled</c>
    /// (with <c>sendAfter</c>) when the quiet hours hold it back, and <c>sending</c> otherwise.
    /// </summary>
    private async Task<BroadcastOutcome> StartAsync(BroadcastAlert alert, string approvedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sendAfter = alert.Urgent ? now : _quiet.ReleaseTime(now);
        var status = !await HasAudienceAsync(alert, cancellationToken).ConfigureAwait(false) ? AlertStatus.Done
            : sendAfter > now ? AlertStatus.Scheduled
            : AlertStatus.Sending;
        if (!await alerts.TransitionAsync(alert.Id, [AlertStatus.PendingApproval], status,
                ("approvedBy", approvedBy), ("approved", now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("sendAfter", sendAfter.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture))).ConfigureAwait(false))
        {
            return Problems.WrongState((await alerts.GetAsync(alert.Id).ConfigureAwait(false))?.Status ?? "unknown");
        }

        await audit.AppendAsync(approvedBy, "approve", $"alert={alert.Id} status={status} sendAfter={AlertTimes.Iso(sendAfter)}", cancellationToken).ConfigureAwait(false);
        var started = alert with { Status = status, ApprovedBy = approvedBy, SendAfter = sendAfter };
        if (messengers.ForIdentity(alert.CreatorChat) is var (messenger, chatId))
        {
            try
            {
                // The author's one message: later edits show the progress ("Đã gửi 1.200/5.000").
                var messageId = await messenger.SendEditableAsync(chatId, $"Cảnh báo {alert.Id} đã được duyệt. {NextStep(started)}", cancellationToken).ConfigureAwait(false);
                if (messageId is not null && status != AlertStatus.Done)
                {
                    await alerts.SetFieldAsync(alert.Id, "pm", messageId).ConfigureAwait(false);
                    started = started with { ProgressMessageId = messageId };
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not send the progress message of alert {Alert}", alert.Id);
            }
        }

        if (status != AlertStatus.Done)
        {
            await alerts.ScheduleAsync(alert.Id, sendAfter).ConfigureAwait(false);
        }

        return started;
    }

    /// <summary>True when at least one chat on a delivering channel subscribed to the alert's topic in one of its communes.</summary>
    /// <remarks>Stops at the first subscriber found: an approval never walks a large audience.</remarks>
    private async Task<bool> HasAudienceAsync(BroadcastAlert alert, CancellationToken cancellationToken)
    {
        foreach (var channel in messengers.Channels)
        {
            foreach (var commune in alert.Areas.SelectMany(areas.Expand).DistinctBy(a => a.Id))
            {
                await foreach (var _ in subscriptions.ScanAsync(channel, commune.Id, alert.Topic, cancellationToken).ConfigureAwait(false))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private async Task<(BroadcastAlert? Alert, BroadcastProblem? Problem)> LoadForDecisionAsync(Actor actor, string id)
    {
        var alert = await LoadAsync(id).ConfigureAwait(false);
        if (alert is null)
        {
            return (null, Problems.NotFound(id));
        }

        return DecisionProblem(actor, alert) is { } problem ? (null, problem) : (alert, null);
    }

    /// <summary>Why <paramref name="actor"/> may not approve or reject <paramref name="alert"/> now, or null when they may (four-eyes rule).</summary>
    private BroadcastProblem? DecisionProblem(Actor actor, BroadcastAlert alert)
    {
        if (actor.Role < OfficerRole.Approver)
        {
            return Problems.NeedsApprover;
        }

        if (alert.Areas.FirstOrDefault(a => !CoversAll(actor, [a])) is { } outside)
        {
            return Problems.OutOfScope(outside);
        }

        if (alert.CreatedBy == actor.Identity)
        {
            return Problems.SelfApproval;
        }

        return alert.Status != AlertStatus.PendingApproval ? Problems.WrongState(alert.Status) : null;
    }

    /// <summary>The author, or an approver or administrator covering every area, may stop an alert.</summary>
    private bool MayCancel(Actor actor, BroadcastAlert alert) =>
        alert.CreatedBy == actor.Identity || (actor.Role >= OfficerRole.Approver && CoversAll(actor, alert.Areas));

    /// <summary>
    /// What <paramref name="actor"/> may do with <paramref name="alert"/> now ("approve", "reject", "cancel"), by the same rules the
    /// actions check: the dashboard offers only these buttons, and the server checks again when one is pressed.
    /// </summary>
    public IReadOnlyList<string> ActionsFor(Actor actor, BroadcastAlert alert)
    {
        var actions = new List<string>(3);
        if (DecisionProblem(actor, alert) is null)
        {
            actions.AddRange(["approve", "reject"]);
        }

        if (alert.Status is AlertStatus.PendingApproval or AlertStatus.Scheduled or AlertStatus.Sending && MayCancel(actor, alert))
        {
            actions.Add("cancel");
        }

        return actions;
    }

    /// <summary>Reads an alert, expiring it first if it waited too long for approval.</summary>
    private async Task<BroadcastAlert?> LoadAsync(string id)
    {
        var alert = await alerts.GetAsync(id).ConfigureAwait(false);
        if (alert is not null && alert.StatusAt(time.GetUtcNow()) == AlertStatus.Expired && alert.Status == AlertStatus.PendingApproval
            && await alerts.TransitionAsync(id, [AlertStatus.PendingApproval], AlertStatus.Expired).ConfigureAwait(false))
        {
            await audit.AppendAsync("system", "expire", $"alert={id}", CancellationToken.None).ConfigureAwait(false);
            return alert with { Status = AlertStatus.Expired };
        }

        return alert;
    }

    private async Task NotifyApproversAsync(BroadcastAlert alert, CancellationToken cancellationToken)
    {
        var approvers = (await officers.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(o => o.Level() >= OfficerRole.Approver && o.Id != alert.CreatedBy && CoversAll(o.ToActor(null), alert.Areas))
            .ToList();
        // Before deciding, the approver sees how many can be reached now and what it costs in Zalo quota.
        var reach = ReachEstimate.Describe(await EstimateAsync(alert, cancellationToken).ConfigureAwait(false));
        var header = Reply.Plain(
            $"Cảnh báo {alert.Id} chờ duyệt{(alert.Urgent ? " (KHẨN)" : "")}. Người soạn: {alert.CreatedBy}.\n{reach}\nNgười dân sẽ nhận đúng như sau:");
        var decide = new Reply("Duyệt cảnh báo này?", [
            new ReplyButton("✅ Duyệt và gửi", OfficerPayloads.Approve(alert.Id)),
            new ReplyButton("❌ Từ chối", OfficerPayloads.Reject(alert.Id)),
        ]);
        foreach (var approver in approvers)
        {
            if (messengers.ForIdentity(approver.Id) is not var (messenger, chatId))
            {
                continue;
            }

            try
            {
                await messenger.SendAsync(chatId, [header, formatter.Render(alert), decide], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not tell an approver about alert {Alert}", alert.Id);
            }
        }
    }

    private async Task TellAuthorAsync(BroadcastAlert alert, string text, CancellationToken cancellationToken)
    {
        if (messengers.ForIdentity(alert.CreatorChat) is not var (messenger, chatId))
        {
            return;
        }

        try
        {
            await messenger.SendAsync(chatId, [Reply.Plain(text)], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not tell the author of alert {Alert}", alert.Id);
        }
    }
}
