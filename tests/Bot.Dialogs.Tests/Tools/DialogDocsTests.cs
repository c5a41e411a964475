using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Tools;

namespace Bot.Dialogs.Tests.Tools;

/// <summary>docs/dialogs/*.md are generated from the shipped flows and must not drift from them.</summary>
public sealed class DialogDocsTests
{
    [Fact]
    public void DialogDiagramsInDocsMatchTheContent()
    {
        var engine = new DialogEngine(ContentLoader.Load(DraftContent.Shipped));
        var folder = Path.Combine(RepositoryPaths.Root, "docs", "dialogs");

        foreach (var (name, expected) in DialogGraph.AllPages(engine))
        {
            var path = Path.Combine(folder, name);
            Assert.True(File.Exists(path), $"docs/dialogs/{name} is missing; run: {DialogGraph.RegenerateCommand}");
            Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"),
                $"docs/dialogs/{name} is stale; run: {DialogGraph.RegenerateCommand}");
        }

        var pages = Directory.GetFiles(folder, "*.md").Concat(Directory.GetFiles(folder, "*.svg")).Select(Path.GetFileName).ToList();
        Assert.All(pages, page => Assert.True(engine.Content.Flows.ContainsKey(Path.GetFileNameWithoutExtension(page)!),
            $"docs/dialogs/{page} describes a flow that no longer exists; run: {DialogGraph.RegenerateCommand}"));
    }

    [Fact]
    public void DiagramLabelsGuardedBranchesWithTheGuardDescription()
    {
        using var content = new DraftContent(("flows/demo.yaml", """
            id: demo
            title: { vi: "Thử", en: "Demo" }
            start: ask
            guards:
              has_card:
                description: "đã có thẻ chip"
                answer: card
                is: "yes"
            nodes:
              - id: ask
                text: { vi: "Có thẻ chưa?", en: "Card?" }
                fact: false
                ask: card
                buttons:
                  - label: { vi: "Có", en: "Yes" }
                    answer: "yes"
                    next:
                      - if: has_card
                        goto: done
                      - goto: ask
              - id: done
                text: { vi: "Xong.", en: "Done." }
                fact: false
            """));
        var engine = new DialogEngine(ContentLoader.Load(content.Folder));

        var mermaid = DialogGraph.Mermaid(engine, "demo");
        var dot = DialogGraph.Dot(engine, "demo");

        Assert.StartsWith("stateDiagram-v2", mermaid, StringComparison.Ordinal);
        Assert.Contains("demo/ask --> demo/done : “Có” [đã có thẻ chip]", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain(" : b:", mermaid, StringComparison.Ordinal); // button texts, never payload codes
        Assert.Contains("otherwise", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("eid/ask_chip", mermaid, StringComparison.Ordinal);
        Assert.StartsWith("digraph", dot, StringComparison.Ordinal);
        Assert.Contains("đã có thẻ chip", dot, StringComparison.Ordinal);

        // The SVG picture: a box per step with its words, arrows carrying the button text and the guard, no payload
        // codes, no inline style (the dashboard's Content-Security-Policy), the same bytes every time.
        var svg = DialogSvg.Render(engine.Content, "demo");
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.Contains("<g class=\"flow-step\" data-step=\"ask\">", svg, StringComparison.Ordinal);
        Assert.Contains(">Có thẻ chưa?</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Có [đã có thẻ chip]</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">Có [còn lại]</text>", svg, StringComparison.Ordinal); // the "otherwise" rule loops back to the same step
        Assert.DoesNotContain("b:demo", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
        Assert.Equal(svg, DialogSvg.Render(engine.Content, "demo"));
        System.Xml.Linq.XDocument.Parse(svg); // well-formed: browsers refuse to draw a broken SVG file
    }
}
