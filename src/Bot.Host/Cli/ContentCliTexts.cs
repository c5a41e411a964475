using Bot.Content.Hosting;

namespace Bot.Host.Cli;

/// <summary>
/// Every sentence the <c>content</c> verbs say to editors, in Vietnamese and English side by side
/// (<c>--lang vi|en</c>). Content problems themselves come from <see cref="ContentMessageCatalogue"/>.
/// </summary>
/// <remarks>Short sentences in plain words: many editors are not programmers. Commands and file names stay as typed.</remarks>
internal static class ContentCliTexts
{
    public static Bilingual Usage => new(
        """
        usage: content validate [FOLDER] [--json]                 check the dialog scripts (exit 1 on errors)
               content graph FLOW|--all [--format mermaid|dot|svg] [--content FOLDER] [--write DIR]
                                                                 draw a flow (Stateless's own export)
               content test [FOLDER] [--content FOLDER]           run FOLDER/tests/*.yaml (or FOLDER/*.yaml)
               content versions [--content FOLDER] [--versions DIR]
                                                                 published versions: who, when, message, files changed
               content diff VERSION [VERSION2|--folder]           what changed between two versions (or a version and the folder)
               content rollback [VERSION] [--yes] [-m "MESSAGE"]  show the changes a rollback makes, ask, then restore
                                                                 (the history lists it as its own entry: who, when, from which version)
               content publish -m "MESSAGE" [--url URL]           publish the folder in a running bot with your message (key in BOT_ADMIN_KEY)
               content misses [--limit N] [--url URL]             a running bot's misunderstood inbox (key in BOT_ADMIN_KEY)
               content assign ID FLOW[.NODE] [--url URL]          make an inbox phrase an example of FLOW, published as a new version
               every verb: --lang vi|en (messages in Vietnamese, the default, or English)
        """,
        """
        cách dùng: content validate [THƯ_MỤC] [--json]            kiểm tra kịch bản (có lỗi thì trả mã 1)
                   content graph LUỒNG|--all [--format mermaid|dot|svg] [--content THƯ_MỤC] [--write THƯ_MỤC]
                                                                 vẽ sơ đồ một luồng
                   content test [THƯ_MỤC] [--content THƯ_MỤC]     chạy bài kiểm tra hội thoại trong tests/
                   content versions [--content THƯ_MỤC] [--versions THƯ_MỤC]
                                                                 các bản đã đăng: ai, lúc nào, lời nhắn, tệp thay đổi
                   content diff MÃ_BẢN [MÃ_BẢN_2|--folder]        xem khác nhau giữa hai bản (hoặc một bản và thư mục)
                   content rollback [MÃ_BẢN] [--yes] [-m "LỜI_NHẮN"] xem thay đổi, hỏi lại, rồi khôi phục bản cũ
                                                                 (lịch sử ghi thành một mục riêng: ai, lúc nào, từ bản nào)
                   content publish -m "LỜI_NHẮN" [--url ĐỊA_CHỈ]  đăng thư mục lên bot đang chạy kèm lời nhắn (khóa trong BOT_ADMIN_KEY)
                   content misses [--limit N] [--url ĐỊA_CHỈ]     hộp câu bot chưa hiểu (khóa trong BOT_ADMIN_KEY)
                   content assign MÃ LUỒNG[.BƯỚC] [--url ĐỊA_CHỈ] gán một câu vào LUỒNG làm câu mẫu, đăng thành bản mới
                   mọi lệnh: --lang vi|en (thông báo bằng tiếng Việt, mặc định, hoặc tiếng Anh)
        """);

    public static Bilingual ErrorPrefix => new("error: ", "lỗi: ");

    public static Bilingual WarningWord => new("warning", "cảnh báo");

    public static Bilingual ErrorWord => new("error", "lỗi");

    public static Bilingual UnknownVerb(string verb) => new($"unknown content verb '{verb}'", $"không có lệnh content '{verb}'");

    public static Bilingual BadLanguage(string value) => new($"--lang must be vi or en, not '{value}'", $"--lang chỉ nhận vi hoặc en, không nhận '{value}'");

    // validate

    public static Bilingual NotPublishable(string folder, int errors, int warnings) => new(
        $"content in {folder}: {errors} error(s), {warnings} warning(s): not publishable",
        $"kịch bản trong {folder}: {errors} lỗi, {warnings} cảnh báo: chưa đăng được");

    public static Bilingual Publishable(string folder, string version, int flows, int warnings) => new(
        $"content in {folder}: OK, version {version}, {flows} flow(s), {warnings} warning(s)",
        $"kịch bản trong {folder}: tốt, bản {version}, {flows} luồng, {warnings} cảnh báo");

    public static Bilingual SourceSummary(int official, int items, int percent, int goal, int national) => new(
        $"fact steps and cards citing an official source: {official} of {items} ({percent} %; goal {goal} %), {national} on a national site",
        $"bước và thẻ nêu thông tin có nguồn chính thức: {official} trên {items} ({percent} %; mục tiêu {goal} %), {national} từ trang cấp quốc gia");

    // graph

    public static Bilingual FixFirst => new("fix the errors above first: `content validate` lists them", "hãy sửa các lỗi trên trước: `content validate` liệt kê chúng");

    public static Bilingual UnknownFormat(string format) => new($"unknown format '{format}': use mermaid, dot or svg", $"không có kiểu '{format}': dùng mermaid, dot hoặc svg");

    public static Bilingual NameAFlow => new("name a flow, or --all", "hãy ghi tên một luồng, hoặc --all");

    public static Bilingual UnknownFlow(string flow, string suggestion, string flows) => new(
        $"flow '{flow}' does not exist{(suggestion.Length == 0 ? "" : $" (did you mean '{suggestion}'?)")}; flows: {flows}",
        $"không có luồng '{flow}'{(suggestion.Length == 0 ? "" : $" (có phải ý bạn là '{suggestion}'?)")}; các luồng: {flows}");

    public static Bilingual Wrote(string file) => new("wrote " + file, "đã ghi " + file);

    public static Bilingual Removed(string file) => new("removed " + file, "đã xóa " + file);

    // test

    public static Bilingual TestTotals(int passed, int failed, int blocking) => new(
        $"{passed} passed, {failed} failed{(blocking > 0 ? $", {blocking} problem(s) stopped tests from running" : "")}",
        $"{passed} đạt, {failed} không đạt{(blocking > 0 ? $", {blocking} vấn đề làm bài kiểm tra không chạy được" : "")}");

    // folder

    public static Bilingual UsingFolder(string folder, string why) => new(
        $"using the content folder {folder} ({why}); to use another, name it: content validate FOLDER, or --content FOLDER",
        $"đang dùng thư mục kịch bản {folder} ({why}); muốn dùng thư mục khác thì ghi tên nó: content validate THƯ_MỤC, hoặc --content THƯ_MỤC");

    public static Bilingual SetByConfiguration => new("set by Content:Path", "đặt trong Content:Path");

    public static Bilingual NearestFrom(string directory) => new("the nearest content/ folder from " + directory, "thư mục content/ gần nhất tính từ " + directory);

    public static Bilingual BesideTheApp => new("found beside the app, not in your current folder", "tìm thấy cạnh chương trình, không phải trong thư mục bạn đang đứng");

    // versions, diff, rollback, publish

    public static Bilingual KeptVersions(string path) => new($"published versions kept in {path} (newest first; times in Vietnam time, UTC+7):", $"các bản đã đăng, lưu trong {path} (mới nhất trước; giờ Việt Nam, UTC+7):");

    public static Bilingual NoVersions => new("  none yet: a version is kept each time the bot publishes the folder", "  chưa có: mỗi lần bot đăng thư mục thì một bản được lưu");

    public static Bilingual InFolder => new("  ← the folder holds this one", "  ← thư mục đang là bản này");

    public static Bilingual By(string who) => new("by " + who, "người đăng: " + who);

    public static Bilingual RollbackTo(string version) => new("↩ rollback to " + version, "↩ khôi phục về bản " + version);

    public static Bilingual Started => new("the bot started with this content", "bot khởi động với bản này");

    public static Bilingual SavedFile => new("published when a file was saved", "đăng khi lưu tệp");

    public static Bilingual NoRecord => new("kept before the history was recorded: no author, message or changes", "lưu trước khi có lịch sử: không rõ người đăng, lời nhắn, thay đổi");

    public static Bilingual ChangedFrom(string previous, int files) => new($"{files} file(s) changed from {previous}:", $"{files} tệp thay đổi so với {previous}:");

    public static Bilingual FirstKept => new("first version kept (nothing to compare with)", "bản đầu tiên được lưu (chưa có bản trước để so)");

    public static Bilingual Added => new("added", "thêm");

    public static Bilingual RemovedFile => new("removed", "xóa");

    public static Bilingual ChangedFile => new("changed", "sửa");

    public static Bilingual ListHint => new("see a change: content diff VERSION VERSION2; restore one: content rollback VERSION", "xem thay đổi: content diff MÃ_BẢN MÃ_BẢN_2; khôi phục: content rollback MÃ_BẢN");

    public static Bilingual DiffNeedsVersion => new("name a version (content versions lists them): content diff VERSION [VERSION2]", "hãy ghi mã bản (content versions liệt kê): content diff MÃ_BẢN [MÃ_BẢN_2]");

    public static Bilingual NotKept(string version, string path, string suggestion, string known) => new(
        $"version '{version}' is not kept in {path}{(suggestion.Length == 0 ? "" : $" (did you mean '{suggestion}'?)")}; kept: {(known.Length == 0 ? "none" : known)}",
        $"không có bản '{version}' trong {path}{(suggestion.Length == 0 ? "" : $" (có phải ý bạn là '{suggestion}'?)")}; các bản đang lưu: {(known.Length == 0 ? "chưa có" : known)}");

    public static Bilingual NoDifference(string from, string to) => new($"{from} and {to} hold the same content", $"{from} và {to} giống hệt nhau");

    public static Bilingual TheFolder => new("the folder", "thư mục");

    public static Bilingual AlreadyThere(string version) => new($"the folder already holds version {version}: nothing to restore", $"thư mục đã là bản {version}: không có gì để khôi phục");

    public static Bilingual RollbackWillChange(string folder, string version, int files) => new(
        $"rolling back {folder} to version {version} changes {files} file(s):",
        $"khôi phục {folder} về bản {version} sẽ thay đổi {files} tệp:");

    public static Bilingual Confirm => new("apply these changes? type y and press Enter (anything else cancels): ", "áp dụng các thay đổi này? gõ c rồi nhấn Enter (gõ khác là hủy): ");

    public static Bilingual Cancelled => new("cancelled: nothing was changed (add --yes to skip the question in scripts)", "đã hủy: không có gì thay đổi (thêm --yes để không hỏi lại khi chạy tự động)");

    public static Bilingual Restored(string version, string folder, string now) => new(
        $"restored version {version} into {folder} (now {now}); a running bot publishes it within seconds",
        $"đã khôi phục bản {version} vào {folder} (bây giờ là {now}); bot đang chạy sẽ đăng bản này sau vài giây");

    public static Bilingual Invalid => new("invalid", "có lỗi");

    public static Bilingual PublishNeedsMessage => new(
        "say in one line what changed and why: content publish -m \"Sửa giờ làm việc của công an phường\"",
        "hãy viết một dòng nói đã sửa gì và vì sao: content publish -m \"Sửa giờ làm việc của công an phường\"");

    public static Bilingual Published(string version, string who) => new(
        $"version {version} is live, published by {who} with your message (content versions shows it)",
        $"bản {version} đang chạy, người đăng: {who}, kèm lời nhắn của bạn (content versions hiển thị)");

    public static Bilingual PublishRefused(string errors) => new(
        "the bot refused the folder; residents keep the version in force. Fix:\n" + errors,
        "bot không nhận thư mục này; người dân vẫn dùng bản đang chạy. Cần sửa:\n" + errors);

    public static Bilingual NeedKey(string variable) => new(
        $"set {variable} to an editor or admin key (Admin:ApiKeys) first, e.g. read -s {variable}; export {variable}",
        $"hãy đặt khóa biên tập hoặc quản trị (Admin:ApiKeys) vào {variable} trước, ví dụ: read -s {variable}; export {variable}");

    public static Bilingual BadUrl(string example, string url) => new(
        $"--url must be the bot's address such as {example}, not '{url}'",
        $"--url phải là địa chỉ của bot, ví dụ {example}, không phải '{url}'");

    public static Bilingual NoBot(string address, string why) => new(
        $"no bot answered at {address} ({why}); start it, or pass --url with its address",
        $"không có bot nào trả lời ở {address} ({why}); hãy chạy bot, hoặc ghi địa chỉ của nó sau --url");

    public static Bilingual KeyRefused(string variable) => new($"the bot refused the key in {variable}", $"bot không nhận khóa trong {variable}");

    public static Bilingual KeyNotEditor(string variable) => new($"the key in {variable} is not an editor or admin key", $"khóa trong {variable} không phải khóa biên tập hay quản trị");

    // misses, assign

    public static Bilingual BadLimit(string limit) => new($"--limit must be a whole number from 1, not '{limit}'", $"--limit phải là số nguyên từ 1 trở lên, không phải '{limit}'");

    public static Bilingual InboxEmpty => new("the inbox is empty: every typed message was understood (or dismissed)", "hộp câu chưa hiểu đang trống: bot đã hiểu mọi câu (hoặc các câu đã được bỏ qua)");

    public static Bilingual Last => new("last", "lần cuối");

    public static Bilingual Suggestions => new("suggestions", "gợi ý");

    public static Bilingual NoSuggestions => new("none", "không có");

    public static Bilingual AssignHint => new(
        "assign one: content assign ID FLOW[.NODE]   (it becomes an example in examples.learned.yaml, published as a new version)",
        "gán một câu: content assign MÃ LUỒNG[.BƯỚC]   (câu thành câu mẫu trong examples.learned.yaml, đăng thành bản mới)");

    public static Bilingual NameEntryAndTopic => new(
        "name the entry and the topic: content assign ID FLOW[.NODE] (content misses lists the ids)",
        "hãy ghi mã câu và chủ đề: content assign MÃ LUỒNG[.BƯỚC] (content misses liệt kê các mã)");

    public static Bilingual Assigned(string id, string target, string version) => new(
        $"assigned {id} to {target}: content version {version} is live (roll back with content rollback)",
        $"đã gán {id} vào {target}: bản kịch bản {version} đang chạy (muốn quay lại thì dùng content rollback)");

    public static Bilingual NoSuchEntry => new("no open inbox entry has that id (content misses lists them)", "không có câu nào đang chờ với mã đó (content misses liệt kê các câu)");

    public static Bilingual BotAnswered(int status) => new($"the bot answered {status}", $"bot trả lời mã {status}");
}
