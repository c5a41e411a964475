namespace Bot.Channels.Zalo.Tests.Infrastructure;

/// <summary>
/// For test classes that push OA events to the default app: each test gets its own fake OA API and app,
/// started before it and stopped after it (xunit makes one instance per test, so nothing is shared).
/// </summary>
public abstract class OaAppTests : IAsyncLifetime
{
    /// <summary>The fake OA API the app sends to; what residents were sent is read from it.</summary>
    protected FakeZaloOaApi Oa { get; private set; } = null!;

    /// <summary>The real app, with the OA channel configured against <see cref="Oa"/>.</summary>
    protected ZaloApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Oa = await FakeZaloOaApi.StartAsync();
        App = ZaloApp.Start(oa: Oa);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Oa.DisposeAsync();
    }
}
