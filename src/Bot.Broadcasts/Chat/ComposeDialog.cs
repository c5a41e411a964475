using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Officers;
using Bot.Dialogs.Turns;
using Stateless;

namespace Bot.Broadcasts.Chat;

/// <summary>
/// The officers' compose dialog as a Stateless machine over a draft: area(s) → topic → urgency → text
/// → preview exactly as residents will see it → submit for approval.
/// </summary>
/// <remarks>
/// State lives in the draft (<c>() => draft.Step</c>), the machine is built per turn and never shared;
/// entry actions only collect replies, and the only I/O (submitting) happens after the machine fired.
/// </remarks>
public sealed class ComposeDialog
{
    private readonly ComposeDraft _draft;
    private readonly Actor _actor;
    private readonly AreaCatalog _areas;
    private readonly BroadcastService _service;
    private readonly AlertFormatter _formatter;
    private readonly StateMachine<ComposeStep, ComposeTrigger> _machine;
    private readonly StateMachine<ComposeStep, ComposeTrigger>.TriggerWithParameters<string> _typed;
    private readonly StateMachine<ComposeStep, ComposeTrigger>.TriggerWithParameters<string> _addArea;
    private readonly StateMachine<ComposeStep, ComposeTrigger>.TriggerWithParameters<string> _topic;
    private readonly StateMachine<ComposeStep, ComposeTrigger>.TriggerWithParameters<bool> _urgency;

    public ComposeDialog(ComposeDraft draft, Actor actor, AreaCatalog areas, BroadcastService service, AlertFormatter formatter)
    {
        _draft = draft;
        _actor = actor;
        _areas = areas;
        _service = service;
        _formatter = formatter;
        _machine = new StateMachine<ComposeStep, ComposeTrigger>(() => _draft.Step, s => _draft.Step = s);
        _typed = _machine.SetTriggerParameters<string>(ComposeTrigger.Typed);
        _addArea = _machine.SetTriggerParameters<string>(ComposeTrigger.AddArea);
        _topic = _machine.SetTriggerParameters<string>(ComposeTrigger.Topic);
        _urgency = _machine.SetTriggerParameters<bool>(ComposeTrigger.Urgency);
        Configure();
    }

    /// <summary>Replies collected while firing.</summary>
    public List<Reply> Replies { get; } = [];

    /// <summary>The machine, for diagrams.</summary>
    public StateMachine<ComposeStep, ComposeTrigger> Machine => _machine;

    /// <summary>The first prompt of a new draft.</summary>
    public void Begin() => PromptArea("");

    /// <summary>Typed text: a commune name while choosing areas, the alert's text while writing.</summary>
    public Task TypedAsync(string text) => _machine.FireAsync(_typed, text);

    /// <summary>A button of this dialog (payload after "o:").</summary>
    public Task PressAsync(string payload)
    {
        var parts = payload.Split(':', 3);
        return parts switch
        {
            ["o", "a", var id] => _machine.FireAsync(_addArea, id),
            ["o", "ad"] => _machine.FireAsync(ComposeTrigger.AreasDone),
            ["o", "t", var topic] => _machine.FireAsync(_topic, topic),
            ["o", "u", var urgent] => _machine.FireAsync(_urgency, urgent == "1"),
            ["o", "send"] => _machine.FireAsync(ComposeTrigger.Submit),
            ["o", "re"] => _machine.FireAsync(ComposeTrigger.Rewrite),
            _ => _machine.FireAsync(ComposeTrigger.Discard),
        };
    }

    private void Configure()
    {
        _machine.OnUnhandledTrigger((state, _) => Reprompt(state));

        _machine.Configure(ComposeStep.ChoosingArea)
            .InternalTransition(_typed, (text, _) => SearchArea(text))
            .InternalTransition(_addArea, (id, _) => AddArea(id))
            .PermitIf(ComposeTrigger.AreasDone, ComposeStep.ChoosingTopic, () => _draft.Areas.Count > 0, "an area is chosen")
            .Permit(ComposeTrigger.Discard, ComposeStep.Discarded);

        _machine.Configure(ComposeStep.ChoosingTopic)
            .OnEntry(PromptTopic)
            .PermitIf(_topic, ComposeStep.ChoosingUrgency, Topics.IsKnown, "a known topic")
            .Permit(ComposeTrigger.Discard, ComposeStep.Discarded);
        _machine.Configure(ComposeStep.ChoosingUrgency)
            .OnEntryFrom(_topic, topic => { _draft.Topic = topic; PromptUrgency(); })
            .Permit(ComposeTrigger.Urgency, ComposeStep.WritingText)
            .Permit(ComposeTrigger.Discard, ComposeStep.Discarded);

        _machine.Configure(ComposeStep.WritingText)
            .OnEntryFrom(_urgency, urgent => { _draft.Urgent = urgent; PromptText(); })
            .OnEntryFrom(ComposeTrigger.Rewrite, PromptText)
            .PermitIf(_typed, ComposeStep.Previewing, text => _service.ValidateText(text) is null, "text and links are allowed")
            .InternalTransitionIf(_typed, text => _service.ValidateText(text) is not null, (text, _) => Refuse(text))
            .Permit(ComposeTrigger.Discard, ComposeStep.Discarded);

        _machine.Configure(ComposeStep.Previewing)
            .OnEntryFrom(_typed, ShowPreview)
            .Permit(ComposeTrigger.Submit, ComposeStep.Submitted)
            .Permit(ComposeTrigger.Rewrite, ComposeStep.WritingText)
            .Permit(ComposeTrigger.Discard, ComposeStep.Discarded);

        _machine.Configure(ComposeStep.Discarded)
            .OnEntry(() => Replies.Add(Reply.Plain("Đã hủy bản nháp. Gõ /canhbao để soạn cảnh báo mới.")));
    }

    private void PromptArea(string prefix)
    {
        var buttons = _actor.Areas
            .Where(a => a != AreaCatalog.Everywhere && _areas.Find(a) is not null)
            .Select(a => new ReplyButton((_areas.Find(a)!.IsProvince ? "Toàn " : "") + _areas.FullName(a), OfficerPayloads.Area(a)))
            .Append(new ReplyButton("Hủy", OfficerPayloads.Discard))
            .ToList();
        Replies.Add(new Reply(prefix + "Gửi cảnh báo cho địa bàn nào? Bấm nút, hoặc gõ tên xã, phường.", buttons));
    }

    private void SearchArea(string text)
    {
        var found = _areas.Search(text, 8, includeProvinces: true, a => _service.CoversAll(_actor, [a.Id]));
        if (found.Count == 0)
        {
            PromptArea($"Không có \"{text}\" trong địa bàn bạn phụ trách. ");
            return;
        }

        Replies.Add(new Reply("Chọn địa bàn:", found.Select(a => new ReplyButton(_areas.FullName(a.Id), OfficerPayloads.Area(a.Id))).ToList()));
    }

    private void AddArea(string id)
    {
        if (_areas.Find(id) is null || !_service.CoversAll(_actor, [id]))
        {
            PromptArea("Bạn không phụ trách địa bàn này. ");
            return;
        }

        if (!_draft.Areas.Contains(id))
        {
            _draft.Areas.Add(id);
        }

        var chosen = string.Join("; ", _draft.Areas.Select(_areas.FullName));
        Replies.Add(new Reply($"Đã chọn: {chosen}.\nGõ tên để chọn thêm, hoặc bấm Tiếp tục.", [
            new ReplyButton("Tiếp tục ➡", OfficerPayloads.AreasDone),
            new ReplyButton("Hủy", OfficerPayloads.Discard),
        ]));
    }

    private void PromptTopic() =>
        Replies.Add(new Reply("Chủ đề của cảnh báo?", Topics.All.Select(t => new ReplyButton(Topics.Label(t), OfficerPayloads.Topic(t)))
            .Append(new ReplyButton("Hủy", OfficerPayloads.Discard)).ToList()));

    private void PromptUrgency() =>
        Replies.Add(new Reply("Mức độ? Tin thường không gửi từ 21:00 đến 07:00 (giữ đến sáng). Tin khẩn gửi ngay cả ban đêm.", [
            new ReplyButton("Thường", OfficerPayloads.Urgency(false)),
            new ReplyButton("🚨 Khẩn", OfficerPayloads.Urgency(true)),
            new ReplyButton("Hủy", OfficerPayloads.Discard),
        ]));

    private void PromptText() =>
        Replies.Add(Reply.Plain(
            $"Gõ nội dung cảnh báo (tối đa {AlertFormatter.Number(BroadcastService.MaxTextLength)} ký tự, câu ngắn, dễ hiểu). Chỉ được ghi đường link của trang chính thức."));

    private void Refuse(string text) =>
        Replies.Add(Reply.Plain(_service.ValidateText(text)!.Vietnamese));

    private void ShowPreview(string text)
    {
        _draft.Text = text.Trim();
        Replies.Add(Reply.Plain("Xem trước — người dân sẽ nhận đúng như sau:"));
        Replies.Add(_formatter.Render(_draft.Areas, _draft.Topic!, _draft.Urgent, _draft.Text));
        Replies.Add(new Reply("Gửi để cán bộ khác duyệt?", [
            new ReplyButton("📨 Gửi duyệt", OfficerPayloads.Submit),
            new ReplyButton("✏ Viết lại", OfficerPayloads.Rewrite),
            new ReplyButton("Hủy", OfficerPayloads.Discard),
        ]));
    }

    private void Reprompt(ComposeStep state)
    {
        switch (state)
        {
            case ComposeStep.ChoosingArea:
                PromptArea(_draft.Areas.Count == 0 ? "Cần chọn ít nhất một địa bàn. " : "");
                break;
            case ComposeStep.ChoosingTopic:
                PromptTopic();
                break;
            case ComposeStep.ChoosingUrgency:
                PromptUrgency();
                break;
            case ComposeStep.WritingText:
                PromptText();
                break;
            case ComposeStep.Previewing:
                Replies.Add(new Reply("Bấm Gửi duyệt, Viết lại, hoặc Hủy.", [
                    new ReplyButton("📨 Gửi duyệt", OfficerPayloads.Submit),
                    new ReplyButton("✏ Viết lại", OfficerPayloads.Rewrite),
                    new ReplyButton("Hủy", OfficerPayloads.Discard),
                ]));
                break;
            default:
                Replies.Add(Reply.Plain("Gõ /canhbao để soạn cảnh báo mới."));
                break;
        }
    }
}
