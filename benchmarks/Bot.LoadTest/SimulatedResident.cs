using System.Diagnostics;
using System.Net.Http.Headers;

namespace Bot.LoadTest;

/// <summary>
/// One resident in a closed loop: sends the next scripted step as a webhook update, waits for the
/// webhook's HTTP answer and for the bot's reply at the fake API, then sends the next step. After a
/// timeout or a refused update the conversation starts again from the deep link.
/// </summary>
internal sealed class SimulatedResident(long chatId, RunContext run)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task RunAsync(CancellationToken stop)
    {
        var step = 0;
        var messageId = 0;
        ReceivedMessage? shown = null;
        var steps = EidScript.Steps;
        while (!stop.IsCancellationRequested)
        {
            var s = steps[step];
            byte[] body;
            if (s.Press is { } label)
            {
                var data = shown?.Buttons.FirstOrDefault(b => b.Label == label).Data;
                if (data is null && run.Lenient)
                {
                    data = shown is { Buttons.Count: > 0 } ? shown.Buttons[0].Data : "echo";
                }

                if (data is null || shown is null)
                {
                    run.Log.Error(Stopwatch.GetTimestamp(), timeout: false, http: false);
                    (step, shown) = (0, null);
                    continue;
                }

                body = UpdateFactory.Callback(run.NextUpdateId(), chatId, shown, data);
            }
            else
            {
                body = UpdateFactory.Text(run.NextUpdateId(), chatId, ++messageId, s.Text!);
            }

            var answered = run.Inboxes.Expect(chatId, run.Lenient ? static _ => true : s.Matches);
            var sent = Stopwatch.GetTimestamp();
            bool accepted;
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = Json;
                using var request = new HttpRequestMessage(HttpMethod.Post, run.Webhook) { Content = content };
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", run.Secret);
                using var response = await run.Http.SendAsync(request, stop).ConfigureAwait(false);
                accepted = response.IsSuccessStatusCode;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                accepted = false;
            }

            if (!accepted)
            {
                run.Inboxes.Forget(chatId);
                run.Log.Error(Stopwatch.GetTimestamp(), timeout: false, http: true);
                (step, shown) = (0, null);
                try
                {
                    await Task.Delay(100, stop).ConfigureAwait(false); // a refusing bot must not be hammered in a tight loop
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            ReceivedMessage reply;
            try
            {
                reply = await answered.WaitAsync(run.TurnTimeout, stop).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                run.Inboxes.Forget(chatId);
                run.Log.Error(Stopwatch.GetTimestamp(), timeout: true, http: false);
                (step, shown) = (0, null);
                continue;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            run.Log.Turn(sent, reply.ArrivedTicks, Stopwatch.GetTimestamp());
            shown = reply;
            step = (step + 1) % steps.Count;
            if (run.Think > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(run.Think, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
