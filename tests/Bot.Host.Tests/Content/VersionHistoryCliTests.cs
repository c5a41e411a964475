using Bot.Content.Hosting;
using Bot.Dialogs.Content;
using Bot.Host.Cli;

namespace Bot.Host.Tests.Content;

/// <summary>An editor reads the version history, compares versions and rolls back from the command line, in Vietnamese or English.</summary>
public sealed class VersionHistoryCliTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ContentVerbs.RunAsync(args, output, error, new StringReader(input));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A sandbox with two published versions: the shipped one and one whose greeting an editor changed.</summary>
    private static (string Original, string Edited) TwoVersions(ContentSandbox sandbox)
    {
        var store = new ContentVersionStore(sandbox.Versions, 10, TimeProvider.System);
        var original = ContentLoader.HashFolder(sandbox.Folder);
        store.Save(sandbox.Folder, original, null, "started with this content");
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");
        var edited = ContentLoader.HashFolder(sandbox.Folder);
        store.Save(sandbox.Folder, edited, new ContentVersionNote("bien-tap-lan", "Lời chào rõ hơn"), "admin request", original);
        return (original, edited);
    }

    [Fact]
    public async Task VersionsListsWhoWhenTheMessageAndTheFilesChanged()
    {
        using var sandbox = new ContentSandbox();
        var (original, edited) = TwoVersions(sandbox);

        var (code, vi, _) = await RunAsync("", "versions", "--content", sandbox.Folder, "--versions", sandbox.Versions);
        var (_, en, _) = await RunAsync("", "versions", "--content", sandbox.Folder, "--versions", sandbox.Versions, "--lang", "en");

        Assert.Equal(0, code);
        // Editors read Vietnam time (UTC+7), and the list says so.
        var savedAt = new ContentVersionStore(sandbox.Versions, 10, TimeProvider.System).Describe(edited)!.SavedAt;
        Assert.Contains("giờ Việt Nam, UTC+7", vi, StringComparison.Ordinal);
        Assert.Contains($"{edited}  {savedAt.ToOffset(TimeSpan.FromHours(7)):yyyy-MM-dd HH:mm:ss}  người đăng: bien-tap-lan  ← thư mục đang là bản này", vi, StringComparison.Ordinal);
        Assert.DoesNotContain($"{savedAt.UtcDateTime:yyyy-MM-dd HH:mm}", vi, StringComparison.Ordinal);
        Assert.Contains("Vietnam time, UTC+7", en, StringComparison.Ordinal);
        Assert.Contains("    “Lời chào rõ hơn”", vi, StringComparison.Ordinal);
        Assert.Contains($"    1 tệp thay đổi so với {original}:\n      sửa  flows/eid.yaml", vi.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("bản đầu tiên được lưu", vi, StringComparison.Ordinal);
        Assert.True(vi.IndexOf(edited, StringComparison.Ordinal) < vi.IndexOf(original + "  ", StringComparison.Ordinal), "newest first");
        Assert.Contains("by bien-tap-lan", en, StringComparison.Ordinal);
        Assert.Contains($"1 file(s) changed from {original}:", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiffShowsTheUnifiedDiffBetweenTwoVersionsOrAVersionAndTheFolder()
    {
        using var sandbox = new ContentSandbox();
        var (original, edited) = TwoVersions(sandbox);
        sandbox.ReplaceInEid("Bạn cần làm việc gì?", "Bạn cần làm gì hôm nay?");

        var (code, between, _) = await RunAsync("", "diff", original, edited, "--content", sandbox.Folder, "--versions", sandbox.Versions);
        var (_, toFolder, _) = await RunAsync("", "diff", edited, "--content", sandbox.Folder, "--versions", sandbox.Versions);
        var (unknownCode, _, unknown) = await RunAsync("", "diff", original[..11] + "x", "--content", sandbox.Folder, "--versions", sandbox.Versions);

        Assert.Equal(0, code);
        Assert.Contains("--- a/flows/eid.yaml\n+++ b/flows/eid.yaml\n@@ -", between.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(between.Split('\n'), l => l.StartsWith('-') && l.Contains("Bạn cần gì?", StringComparison.Ordinal));
        Assert.Contains(between.Split('\n'), l => l.StartsWith('+') && l.Contains("Bạn cần làm việc gì?", StringComparison.Ordinal));
        Assert.Contains(toFolder.Split('\n'), l => l.StartsWith('+') && l.Contains("Bạn cần làm gì hôm nay?", StringComparison.Ordinal));
        Assert.Equal(1, unknownCode);
        Assert.Contains($"không có bản '{original[..11]}x'", unknown, StringComparison.Ordinal);
        Assert.Contains($"(có phải ý bạn là '{original}'?)", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollbackShowsItsDiffAndChangesNothingUntilTheEditorSaysYes()
    {
        using var sandbox = new ContentSandbox();
        var (original, edited) = TwoVersions(sandbox);
        var args = new[] { "rollback", original, "--content", sandbox.Folder, "--versions", sandbox.Versions };

        var (noCode, no, _) = await RunAsync("k\n", args);
        Assert.Equal(1, noCode);
        Assert.Contains($"khôi phục {sandbox.Folder} về bản {original} sẽ thay đổi 1 tệp:", no, StringComparison.Ordinal);
        Assert.Contains(no.Split('\n'), l => l.StartsWith('+') && l.Contains("Bạn cần gì?", StringComparison.Ordinal));
        Assert.Contains("gõ c rồi nhấn Enter", no, StringComparison.Ordinal);
        Assert.Contains("đã hủy: không có gì thay đổi", no, StringComparison.Ordinal);
        Assert.Equal(edited, ContentLoader.HashFolder(sandbox.Folder));

        var (noInputCode, _, _) = await RunAsync("", args); // a script without --yes never rolls back by accident
        Assert.Equal(1, noInputCode);
        Assert.Equal(edited, ContentLoader.HashFolder(sandbox.Folder));

        var (yesCode, yes, _) = await RunAsync("c\n", args);
        Assert.Equal(0, yesCode);
        Assert.Contains($"đã khôi phục bản {original}", yes, StringComparison.Ordinal);
        Assert.Equal(original, ContentLoader.HashFolder(sandbox.Folder));

        // The rollback is its own entry on top of the history, by whoever ran it, with its diff summary.
        var (_, history, _) = await RunAsync("", "versions", "--content", sandbox.Folder, "--versions", sandbox.Versions);
        var entries = history.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith(original, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Contains($"↩ khôi phục về bản {original}  người đăng: {Environment.UserName}  ← thư mục đang là bản này", entries[0], StringComparison.Ordinal);
        Assert.DoesNotContain("← thư mục", entries[1], StringComparison.Ordinal);
        Assert.Contains($"{original}  ", history[..history.IndexOf(edited + "  ", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains($"    1 tệp thay đổi so với {edited}:\n      sửa  flows/eid.yaml", history.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var (scriptCode, script, _) = await RunAsync("", "rollback", edited, "--yes", "--lang", "en", "--content", sandbox.Folder, "--versions", sandbox.Versions);
        Assert.Equal(0, scriptCode);
        Assert.Contains($"rolling back {sandbox.Folder} to version {edited} changes 1 file(s):", script, StringComparison.Ordinal);
        Assert.DoesNotContain("apply these changes?", script, StringComparison.Ordinal);
        Assert.Equal(edited, ContentLoader.HashFolder(sandbox.Folder));
    }

    [Fact]
    public async Task ValidateSpeaksVietnameseByDefaultAndEnglishWhenAsked()
    {
        using var sandbox = new ContentSandbox();
        sandbox.ReplaceInEid("goto: ask_sim\n", "goto: ask_simm\n");

        var (code, viOut, viErr) = await RunAsync("", "validate", sandbox.Folder);
        var (_, enOut, enErr) = await RunAsync("", "validate", sandbox.Folder, "--lang", "en");
        var (badCode, _, bad) = await RunAsync("", "validate", sandbox.Folder, "--lang", "fr");

        Assert.Equal(1, code);
        Assert.Matches(@"flows/eid\.yaml:\d+:\d+: lỗi: không có bước 'ask_simm' trong luồng 'eid' \(có phải ý bạn là 'ask_sim'\?\) — dùng mã một bước", viErr);
        Assert.Matches(@"kịch bản trong .*: \d+ lỗi, \d+ cảnh báo: chưa đăng được", viOut);
        Assert.DoesNotContain("error", viOut + viErr, StringComparison.Ordinal);
        Assert.DoesNotContain(" does not ", viOut + viErr, StringComparison.Ordinal);
        Assert.Matches(@"flows/eid\.yaml:\d+:\d+: error: step 'ask_simm' does not exist in flow 'eid' \(did you mean 'ask_sim'\?\)", enErr);
        Assert.Contains("not publishable", enOut, StringComparison.Ordinal);
        Assert.Equal(1, badCode);
        Assert.Contains("--lang chỉ nhận vi hoặc en, không nhận 'fr'", bad, StringComparison.Ordinal);
        Assert.Contains("--lang must be vi or en, not 'fr'", bad, StringComparison.Ordinal);

        var (okCode, ok, _) = await RunAsync("", "validate", ContentSandbox.Shipped);
        Assert.Equal(0, okCode);
        Assert.Matches(@"bước và thẻ nêu thông tin có nguồn chính thức: \d+ trên \d+ \(\d+ %; mục tiêu 90 %\), \d+ từ trang cấp quốc gia", ok);
        Assert.Matches(@"kịch bản trong .*: tốt, bản [0-9a-f]{12}, \d+ luồng, \d+ cảnh báo", ok);
    }

    [Fact]
    public async Task AnOutdatedTermsReasonIsGivenInTheLanguageAsked()
    {
        using var sandbox = new ContentSandbox();
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần gì? Hãy đến UBND huyện.");

        var (code, _, vi) = await RunAsync("", "validate", sandbox.Folder);
        var (_, _, en) = await RunAsync("", "validate", sandbox.Folder, "--lang", "en");
        var (_, json, _) = await RunAsync("", "validate", sandbox.Folder, "--json");

        Assert.Equal(1, code);
        Assert.Contains("dùng từ cũ 'UBND huyện' — từ 1/7/2025 không còn UBND cấp huyện: viết 'UBND xã, phường'", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("People's Committee", vi, StringComparison.Ordinal);
        Assert.Contains("uses the outdated term 'UBND huyện' — there is no district People's Committee since 1/7/2025", en, StringComparison.Ordinal);
        Assert.Contains("\"fix\": \"từ 1/7/2025 không còn UBND cấp huyện: viết 'UBND xã, phường'\"", System.Text.RegularExpressions.Regex.Unescape(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedConversationTestIsReportedInVietnamese()
    {
        using var sandbox = new ContentSandbox();
        File.WriteAllText(Path.Combine(sandbox.Folder, "tests", "broken.yaml"), """
            tests:
              - name: "expects a step that is not there"
                steps:
                  - user: "kich hoat vneid"
                    expect: { at: eid/level3, contains: "không có chữ này" }
            """);

        var (code, output, error) = await RunAsync("", "test", sandbox.Folder);

        Assert.Equal(1, code);
        Assert.Contains("tests/broken.yaml:2:5: KHÔNG ĐẠT expects a step that is not there — bước 1 (user: \"kich hoat vneid\", dòng 4): " +
            "lẽ ra ở eid/level3, nhưng đang ở eid/intro; không câu trả lời nào có \"không có chữ này\"", error, StringComparison.Ordinal);
        Assert.Contains("diễn biến hội thoại:", error, StringComparison.Ordinal);
        Assert.Contains("bot: VNeID", error, StringComparison.Ordinal);
        Assert.Matches(@"\d+ đạt, 1 không đạt", output);
        Assert.Contains("ĐẠT ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PASS", output, StringComparison.Ordinal);
    }
}
