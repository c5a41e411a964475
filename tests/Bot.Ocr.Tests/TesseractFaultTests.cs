using Bot.Ocr.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Bot.Ocr.Tests;

/// <summary>Missing tesseract, a hanging one, a full pool, refused files: each gets a clear status, nothing throws, nothing leaks.</summary>
public class TesseractFaultTests
{
    private static readonly byte[] SomePicture = Images.WithoutText(300, 600);

    [Fact]
    public async Task WithoutTesseractReadingIsUnavailableWithOneClearLogLine()
    {
        var logger = new RecordingLogger<TesseractScreenshotReader>();
        using var reader = Readers.Real(new OcrOptions { TesseractPath = "/nonexistent/tesseract" }, logger);

        var first = await reader.ReadAsync(SomePicture);
        var second = await reader.ReadAsync(SomePicture);

        Assert.Equal(OcrStatus.Unavailable, first.Status);
        Assert.Equal(OcrStatus.Unavailable, second.Status);
        Assert.False(await reader.IsAvailableAsync());
        var warning = Assert.Single(logger.Lines, l => l.Level == LogLevel.Warning);
        Assert.Contains("tesseract-ocr-vie", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingVietnameseLanguageDataIsReportedByName()
    {
        var logger = new RecordingLogger<TesseractScreenshotReader>();
        using var reader = Readers.Real(new OcrOptions { Languages = "vie+zzz" }, logger);

        Assert.False(await reader.IsAvailableAsync());
        Assert.Contains(logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("tesseract-ocr-zzz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TurnedOffInSettingsReadsNothing()
    {
        using var fake = FakeTesseract.Answering("xin");
        using var reader = Readers.Real(new OcrOptions { Enabled = false, TesseractPath = fake.Path });

        Assert.Equal(OcrStatus.Unavailable, (await reader.ReadAsync(SomePicture)).Status);
        Assert.False(File.Exists(fake.ArgumentsFile), "tesseract must not even start");
    }

    [Fact]
    public async Task AHangingTesseractIsStoppedAtTheTimeLimit()
    {
        using var fake = FakeTesseract.Hanging();
        using var reader = Readers.Real(new OcrOptions { TesseractPath = fake.Path, ReadTimeout = TimeSpan.FromMilliseconds(800) });

        var result = await reader.ReadAsync(SomePicture);

        Assert.Equal(OcrStatus.TimedOut, result.Status);
        var pid = int.Parse(File.ReadAllText(fake.PidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await WaitUntilAsync(() => !Directory.Exists($"/proc/{pid}") || File.ReadAllText($"/proc/{pid}/stat").Contains(") Z", StringComparison.Ordinal));
        Assert.True(!Directory.Exists($"/proc/{pid}") || File.ReadAllText($"/proc/{pid}/stat").Contains(") Z", StringComparison.Ordinal), "the stopped process is gone");
    }

    [Fact]
    public async Task AResidentWhoLeavesStopsTheReadAndItsProcess()
    {
        using var fake = FakeTesseract.Hanging();
        using var reader = Readers.Real(new OcrOptions { TesseractPath = fake.Path, ReadTimeout = TimeSpan.FromSeconds(30) });
        using var leave = new CancellationTokenSource();
        var read = reader.ReadAsync(SomePicture, leave.Token);
        await WaitUntilAsync(() => File.Exists(fake.PidFile));

        await leave.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
        var pid = int.Parse(File.ReadAllText(fake.PidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await WaitUntilAsync(() => !Directory.Exists($"/proc/{pid}"));
        Assert.False(Directory.Exists($"/proc/{pid}"), "the stopped process is gone");
        Assert.Equal(0, reader.InFlight);
    }

    [Fact]
    public async Task ADamagedPictureGetsAnAnswerNotAnError()
    {
        var damaged = Images.WithoutText(400, 800);
        Random.Shared.NextBytes(damaged.AsSpan(60));
        using var reader = Readers.Real();

        var result = await reader.ReadAsync(damaged);

        Assert.Contains(result.Status, new[] { OcrStatus.Failed, OcrStatus.NoText });
    }

    [Fact]
    public async Task ABurstBeyondTheQueueIsToldBusyWhileTheFirstIsRead()
    {
        using var fake = FakeTesseract.Hanging();
        using var reader = Readers.Real(new OcrOptions { TesseractPath = fake.Path, MaxConcurrentReads = 1, MaxQueuedReads = 0, ReadTimeout = TimeSpan.FromSeconds(3) });
        Assert.True(await reader.IsAvailableAsync());
        var first = reader.ReadAsync(SomePicture);
        await WaitUntilAsync(() => File.Exists(fake.PidFile));

        var second = await reader.ReadAsync(SomePicture);

        Assert.Equal(OcrStatus.Busy, second.Status);
        Assert.Equal(OcrStatus.TimedOut, (await first).Status);
    }

    [Fact]
    public async Task TheImageGoesThroughAPipeAndTheArgumentsAreFixed()
    {
        using var fake = FakeTesseract.Answering("Xin");
        using var reader = Readers.Real(new OcrOptions { TesseractPath = fake.Path });

        var result = await reader.ReadAsync(SomePicture);

        Assert.Equal(OcrStatus.NoText, result.Status); // one word is no message
        Assert.Equal(["stdin", "stdout", "-l", "vie+eng", "--psm", "3", "tsv"], File.ReadAllLines(fake.ArgumentsFile));
    }

    [Fact]
    public async Task WhatIsReadNeverReachesTheLog()
    {
        using var fake = FakeTesseract.Answering("0912345678");
        var logger = new RecordingLogger<TesseractScreenshotReader>();
        using var reader = Readers.Real(new OcrOptions { TesseractPath = fake.Path }, logger);

        await reader.ReadAsync(SomePicture);

        Assert.NotEmpty(logger.Lines);
        Assert.DoesNotContain("0912345678", logger.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("gif")]
    [InlineData("empty")]
    [InlineData("too-large")]
    [InlineData("bomb")]
    [InlineData("cut-header")]
    public async Task WhatIsNotASensibleImageIsRefusedBeforeTesseractStarts(string kind)
    {
        using var fake = FakeTesseract.Answering("Xin");
        using var reader = Readers.Real(new OcrOptions { TesseractPath = fake.Path, MaxImageBytes = 200_000 });
        byte[] bytes = kind switch
        {
            "text" => "Tin nhắn: chuyển tiền gấp"u8.ToArray(),
            "gif" => "GIF89a\x01\x00\x01\x00"u8.ToArray(),
            "empty" => [],
            "too-large" => [.. SomePicture, .. new byte[200_000]],
            "bomb" => Images.PngClaiming(60_000, 60_000),
            _ => SomePicture[..20],
        };

        var result = await reader.ReadAsync(bytes);

        Assert.Equal(OcrStatus.Rejected, result.Status);
        Assert.False(File.Exists(fake.ArgumentsFile), "tesseract must not start for " + kind);
    }

    [Fact]
    public void SettingsThatMakeNoSenseAreRefusedWithTheKeyToFix()
    {
        Assert.Null(new OcrOptions().Validate());
        Assert.Contains("Ocr:MaxConcurrentReads", new OcrOptions { MaxConcurrentReads = 0 }.Validate(), StringComparison.Ordinal);
        Assert.Contains("Ocr:Languages", new OcrOptions { Languages = "vie; rm -rf /" }.Validate(), StringComparison.Ordinal);
        Assert.Contains("Ocr:ReadTimeout", new OcrOptions { ReadTimeout = TimeSpan.Zero }.Validate(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Readers.Real(new OcrOptions { MaxImageBytes = 10 }));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
