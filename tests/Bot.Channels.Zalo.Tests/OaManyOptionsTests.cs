using System.Text;
using Bot.Channels.Zalo.Tests.Fakes;

namespace Bot.Channels.Zalo.Tests;

/// <summary>A step with more options than Zalo's five buttons: the rest are numbered, and typing the number works.</summary>
public sealed class OaManyOptionsTests : IAsyncLifetime
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "zalo-content-" + Guid.NewGuid().ToString("N"));
    private FakeZaloOaApi _oa = null!;
    private ZaloApp _app = null!;

    public async Task InitializeAsync()
    {
        CopyDirectory(RepositoryPaths.RealContent, _content);
        var yaml = new StringBuilder("""
            id: zz_many
            version: 1
            title: { vi: "Nhiều lựa chọn", en: "Many options" }
            routable: false
            start: pick
            nodes:
              - id: pick
                text: { vi: "Chọn một mục:", en: "Pick one:" }
                fact: false
                buttons:

            """);
        for (var i = 1; i <= 7; i++)
        {
            yaml.Append($"      - label: {{ vi: \"Mục {i}\", en: \"Item {i}\" }}\n        goto: leaf{i}\n");
        }

        for (var i = 1; i <= 7; i++)
        {
            yaml.Append($"  - id: leaf{i}\n    text: {{ vi: \"Đây là mục số {i}.\", en: \"This is item {i}.\" }}\n    fact: false\n");
        }

        await File.WriteAllTextAsync(Path.Combine(_content, "flows", "zz_many.yaml"), yaml.ToString());
        _oa = await FakeZaloOaApi.StartAsync();
        _app = ZaloApp.Start(oa: _oa, settings: new Dictionary<string, string?> { ["Content:Path"] = _content });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _oa.DisposeAsync();
        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task OptionsBeyondFiveAreNumberedAndTypingTheNumberChoosesThem()
    {
        await _app.SayOnOaAsync("u-many", "f:zz_many");
        var step = _oa.MessagesTo("u-many")[^1];

        await _app.SayOnOaAsync("u-many", "7");

        Assert.Equal(["Mục 1", "Mục 2", "Mục 3", "Mục 4", "Mục 5"], step.Buttons.Select(b => b.Title));
        Assert.Contains("\n\n6. Mục 6\n7. Mục 7", step.Text, StringComparison.Ordinal);
        Assert.Equal("Đây là mục số 7.", _oa.MessagesTo("u-many")[^1].Text);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
