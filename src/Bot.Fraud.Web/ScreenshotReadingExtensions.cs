using Bot.Fraud.Screenshots;
using Bot.Fraud.Web.Screenshots;
using Bot.Ocr;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Fraud.Web;

/// <summary>
/// Lets the scam check read photos: the OCR library (section <c>Ocr</c>) behind the scam check's
/// <see cref="IScreenshotTextReader"/>. Called after <c>AddFraudCheck</c>. Tesseract is looked for once at
/// start-up; when it is missing the log says so and residents who send a photo are asked to type.
/// </summary>
public static class ScreenshotReadingExtensions
{
    public static IServiceCollection AddScreenshotReading(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OcrOptions>()
            .Bind(configuration.GetSection(OcrOptions.SectionName))
            .Validate(o => o.Validate() is null, "Ocr settings are invalid: see the Ocr section in docs/deploy.md (section 10).")
            .ValidateOnStart();
        services.AddSingleton<TesseractScreenshotReader>(sp => new TesseractScreenshotReader(
            sp.GetRequiredService<IOptions<OcrOptions>>().Value, sp.GetRequiredService<ILogger<TesseractScreenshotReader>>()));
        services.AddSingleton<IScreenshotReader>(sp => sp.GetRequiredService<TesseractScreenshotReader>());
        services.Replace(ServiceDescriptor.Singleton<IScreenshotTextReader, OcrScreenshotTextReader>());
        services.AddHostedService<ScreenshotReaderProbe>();
        return services;
    }
}
