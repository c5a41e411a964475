using System.Diagnostics;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Testing;
using static Bot.Broadcasts.Tests.BroadcastRig;

namespace Bot.Broadcasts.Tests;

public sealed class CrashTests
{
    private const int Concurrency = 16;

    [Fact]
    public async Task KillingTheDeliveringProcessMidBroadcastMissesNobodyAndDuplicatesAtMostWhatWasInFlight()
    {
        await using var rig = await StartAsync(rate: 300, deliver: false);
        await rig.SubscribeManyAsync(1_500, "ha-noi.hoan-kiem");

        var first = StartDeliveryProcess(rig);
        try
        {
            var id = await DeliveryTests.CreateAndApproveAsync(rig, urgent: true);
            await Eventually.HoldsAsync(() => rig.Platform.Accepted >= 400, "the first process has sent 400 messages");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            Assert.NotEqual(AlertStatus.Done, (await rig.Broadcasts.GetAsync(new("x", Officers.OfficerRole.Admin, ["*"]), id)).Alert!.Status);

            using var second = StartDeliveryProcess(rig);
            try
            {
                await DeliveryTests.WaitUntilAsync(rig, id, AlertStatus.Done);
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                await second.WaitForExitAsync();
            }

            var residents = rig.Platform.Deliveries.Where(d => d.Key.StartsWith('r')).ToList();
            Assert.Equal(1_500, residents.Count);
            var duplicates = residents.Sum(d => d.Value - 1);
            Assert.True(duplicates <= Concurrency, $"{duplicates} duplicates; at most {Concurrency} messages were in flight");
            Assert.Equal(1_500, (await rig.Broadcasts.CountsAsync(id)).Sent);
        }
        finally
        {
            if (!first.HasExited)
            {
                first.Kill(entireProcessTree: true);
            }

            first.Dispose();
        }
    }

    private static Process StartDeliveryProcess(BroadcastRig rig)
    {
        var dll = typeof(HttpChannelMessenger).Assembly.Location;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     dll, "--redis", rig.Redis.ConnectionString, "--platform", rig.Platform.BaseAddress.ToString(),
                     $"--Broadcasts:RatePerSecond:{Channel}", "300",
                     "--Broadcasts:Concurrency", Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--Broadcasts:ClaimIdleTime", "00:00:02",
                     "--Broadcasts:PerChatInterval", "00:00:00.200",
                     "--Broadcasts:AreasFile", Path.Combine(RepositoryPaths.RealContent, "areas.yaml"),
                     "--Logging:LogLevel:Default", "Warning",
                 })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
