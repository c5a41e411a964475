namespace Bot.Broadcasts.Alerts;

/// <summary>The refusals officers and API clients can meet, each saying what to do.</summary>
internal static class Problems
{
    public static BroadcastProblem NotFound(string id) => new(404, "Unknown alert",
        $"No alert has the id '{id}'. Use the id returned when the alert was created.",
        "Không tìm thấy cảnh báo này. Kiểm tra lại mã cảnh báo.");

    public static BroadcastProblem OutOfScope(string area) => new(403, "Out of scope",
        $"Your role does not cover area '{area}'. Ask an administrator for a role in that area.",
        "Bạn không được giao phụ trách địa bàn này.");

    public static BroadcastProblem NeedsApprover => new(403, "Not an approver",
        "Only an approver or administrator can approve or reject alerts.",
        "Chỉ cán bộ duyệt mới được duyệt hoặc từ chối cảnh báo.");

    public static BroadcastProblem SelfApproval => new(403, "Self-approval refused",
        "The author of an alert cannot approve it; another approver in scope must approve.",
        "Bạn không thể tự duyệt cảnh báo do mình soạn. Cần một cán bộ duyệt khác.");

    public static BroadcastProblem NotAllowedToCancel => new(403, "Not allowed",
        "Only the author, or an approver or administrator in scope, can cancel this alert.",
        "Bạn không có quyền dừng cảnh báo này.");

    public static BroadcastProblem WrongState(string status) => new(409, "Not possible now",
        $"The alert is '{status}', so this action no longer applies.",
        status switch
        {
            AlertStatus.Expired => "Cảnh báo này đã hết hạn chờ duyệt.",
            AlertStatus.Rejected => "Cảnh báo này đã bị từ chối.",
            AlertStatus.Cancelled => "Cảnh báo này đã bị dừng.",
            AlertStatus.Done => "Cảnh báo này đã gửi xong.",
            AlertStatus.Scheduled => "Cảnh báo này đã được duyệt và đã hẹn giờ gửi sau giờ nghỉ đêm.",
            AlertStatus.Sending => "Cảnh báo này đã được duyệt và đang gửi.",
            _ => "Không thể làm việc này với cảnh báo ở trạng thái hiện tại.",
        });

    public static BroadcastProblem BadInput(string detail, string vietnamese) => new(400, "Invalid alert", detail, vietnamese);
}
