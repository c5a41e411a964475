using System.Globalization;

namespace Bot.Benchmarks.Ocr;

/// <summary>How one message is drawn: which app, phone size, pixel density, theme, a photo of the screen or not, file type.</summary>
public sealed record ScreenshotVariant(string App, int Width, int Height, float Scale, bool Dark, bool Photographed, bool Jpeg, bool WithReply)
{
    /// <summary>Phone sizes in CSS pixels: a small Android, an iPhone, a large Android.</summary>
    public static readonly (int Width, int Height)[] Phones = [(360, 800), (390, 844), (412, 915)];

    /// <summary>
    /// The variant for the <paramref name="index"/>-th message of a set, cycling through sizes, themes, densities
    /// and photo noise so every kind appears about evenly. Densities: 1 (a small or old phone), 1.5 (a screenshot the
    /// messenger shrank to about 1280 pixels tall, as Telegram and Zalo do with photos, sent as JPEG), 2 and 3 (modern phones, PNG).
    /// </summary>
    public static ScreenshotVariant For(string app, int index)
    {
        var (width, height) = Phones[index % 3];
        var scale = (index / 3 % 4) switch { 0 => 1f, 1 => 1.5f, 2 => 2f, _ => 3f };
        var dark = index / 2 % 2 == 1;
        var photographed = index % 5 == 4;
        return new ScreenshotVariant(app, width, height, scale, dark, photographed, Jpeg: scale == 1.5f || photographed, WithReply: index % 4 == 2);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{App} {Width}x{Height}@{Scale} {(Dark ? "dark" : "light")}{(Photographed ? " photo" : "")}{(Jpeg ? " jpeg" : " png")}{(WithReply ? " reply" : "")}");
}
