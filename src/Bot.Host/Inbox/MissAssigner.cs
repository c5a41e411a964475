using Bot.Dialogs.Officers;
using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Understanding;
using Bot.Dialogs.Understanding.Inbox;
using Bot.Content.Hosting;

namespace Bot.Host.Inbox;

/// <summary>
/// Turns an inbox entry into content: the phrase is added to <c>examples.learned.yaml</c> and published
/// through the same validate → publish path as any edit (kept for rollback, announced to the fleet).
/// </summary>
/// <remarks>
/// One assignment at a time, so two editors never write the file over each other. When the new
/// version does not validate, the file is put back and residents keep the version in force.
/// </remarks>
public sealed class MissAssigner(
    ContentReloader reloader,
    IEngineProvider engines,
    IMissedMessageStore store,
    TimeProvider time,
    ILogger<MissAssigner> logger,
    IAuditLog? audit = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Assigns inbox entry <paramref name="id"/> to <paramref name="flow"/> (and <paramref name="node"/>) on behalf of <paramref name="who"/> ("key:name").</summary>
    public async Task<AssignResult> AssignAsync(string id, string flow, string? node, string who, CancellationToken cancellationToken)
    {
        var content = engines.Current.Content;
        if (!MissKey.IsValid(id) || await store.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } miss)
        {
            return new AssignResult(AssignStatus.NotFound, content.Version, []);
        }

        if (Problem(content, flow, node) is { } problem)
        {
            return new AssignResult(AssignStatus.UnknownTarget, content.Version, [problem]);
        }

        var target = node is null ? flow : flow + "." + node;
        var file = LearnedExamplesFile.PathIn(reloader.FolderPath);
        ReloadResult published;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var diagnostics = new List<ContentDiagnostic>();
            var examples = LearnedExamplesFile.Read(reloader.FolderPath, diagnostics).Select(e => e.Example).ToList();
            if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return new AssignResult(AssignStatus.Refused, content.Version,
                    ["examples.learned.yaml has errors; fix them first (content validate lists them):", .. diagnostics.Select(d => d.ToString())]);
            }

            var folded = MissKey.Folded(miss.Text);
            if (!examples.Any(e => e.Flow == flow && e.Node == node && MissKey.Folded(e.Text) == folded))
            {
                examples.Add(new LearnedExample(miss.Text, flow, node, who, time.GetUtcNow()));
            }

            var before = File.Exists(file) ? await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false) : null;
            await WriteAsync(file, LearnedExamplesFile.Write(examples)).ConfigureAwait(false);
            published = await reloader.ReloadAsync($"{who} assigned inbox entry {id} to {target}",
                new ContentVersionNote(who, $"inbox entry {id} assigned to {target}"), cancellationToken).ConfigureAwait(false);
            if (published.Refused)
            {
                // Put the file back, so the folder again holds the version residents have.
                if (before is null)
                {
                    File.Delete(file);
                }
                else
                {
                    await WriteAsync(file, before).ConfigureAwait(false);
                }

                await reloader.ReloadAsync("restored examples.learned.yaml after a refused assignment", cancellationToken).ConfigureAwait(false);
                return new AssignResult(AssignStatus.Refused, published.Version, published.Errors);
            }
        }
        finally
        {
            _gate.Release();
        }

        await store.RemoveAsync(id, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Content {Version}: {Who} assigned inbox entry {Id} to {Target}", published.Version, who, id, target);
        await AuditAsync(who, "content.inbox.assign", $"entry {id} → {target}, content {published.Version}").ConfigureAwait(false);
        return new AssignResult(AssignStatus.Assigned, published.Version, []);
    }

    /// <summary>Hides inbox entry <paramref name="id"/>; false when no open entry has it.</summary>
    public async Task<bool> DismissAsync(string id, string who, CancellationToken cancellationToken)
    {
        if (!MissKey.IsValid(id) || !await store.DismissAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        logger.LogInformation("{Who} dismissed inbox entry {Id}", who, id);
        await AuditAsync(who, "content.inbox.dismiss", $"entry {id}").ConfigureAwait(false);
        return true;
    }

    /// <summary>Why <paramref name="flow"/>.<paramref name="node"/> cannot take the phrase, or null.</summary>
    public static string? Problem(ContentBundle content, string flow, string? node)
    {
        var routable = content.Flows.Values.Where(f => f.Routable).Select(f => f.Id).ToList();
        if (content.FindFlow(flow) is not { } found)
        {
            return $"Flow '{flow}' does not exist{DidYouMean.Hint(flow, routable)}. Flows: {string.Join(", ", routable)}.";
        }

        if (!found.Routable)
        {
            return $"Typed text never opens flow '{flow}'. Flows: {string.Join(", ", routable)}.";
        }

        return node is not null && found.FindNode(node) is null
            ? $"Step '{node}' does not exist in flow '{flow}'{DidYouMean.Hint(node, found.Nodes.Select(n => n.Id))}; leave the step out to open the flow's start."
            : null;
    }

    // Written beside the file and moved over it, so the folder watcher never reads half a file.
    private static async Task WriteAsync(string file, string text)
    {
        var temporary = file + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        await File.WriteAllTextAsync(temporary, text).ConfigureAwait(false);
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>The one audit log (the Redis stream with Redis, the log otherwise). Never undoes the change.</summary>
    private async Task AuditAsync(string who, string action, string detail)
    {
        if (audit is null)
        {
            return;
        }

        try
        {
            await audit.AppendAsync(who, action, detail, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The audit entry for {Action} by {Who} could not be written; the change stands", action, who);
        }
    }

    public void Dispose() => _gate.Dispose();
}
