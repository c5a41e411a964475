namespace Bot.Operations.Telemetry;

/// <summary>Section <c>Otlp</c>: where to push metrics besides the <c>/metrics</c> scrape (optional).</summary>
public sealed class TelemetryOptions
{
    /// <summary>An OTLP collector, e.g. http://127.0.0.1:4317; empty to scrape <c>/metrics</c> only.</summary>
    public string Endpoint { get; set; } = "";
}
