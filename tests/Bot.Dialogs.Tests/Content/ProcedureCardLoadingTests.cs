using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tests.Content;

/// <summary>Cards in <c>procedures/*.yaml</c> load into steps of their topic flow; a broken card never loads and says where and why.</summary>
public sealed class ProcedureCardLoadingTests : IDisposable
{
    private readonly string _folder = TestFolders.NewTemp("cards");

    public ProcedureCardLoadingTests() => TestFolders.Copy(RepositoryPaths.CardContent, _folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ACardBecomesAnOverviewAndOneStepPerSectionOfItsTopicFlow()
    {
        var bundle = ContentLoader.Load(_folder);

        var services = bundle.Flows["services"];
        Assert.Equal(
            ["intro", "luu_tru", "luu_tru_online", "luu_tru_office", "tam_tru", "tam_tru_docs", "tam_tru_fee", "tam_tru_online", "tam_tru_office"],
            services.Nodes.Select(n => n.Id));
        var overview = services.FindNode("tam_tru")!;
        Assert.Equal("tam_tru", overview.CardId);
        Assert.StartsWith("📋 Đăng ký tạm trú\nĐăng ký tạm trú khi bạn đến ở", overview.Text.Vi, StringComparison.Ordinal);
        Assert.StartsWith("📋 Temporary residence\n", overview.Text.En, StringComparison.Ordinal);
        Assert.Equal(["Giấy tờ cần có", "Lệ phí, thời gian", "Làm trên mạng", "Làm trực tiếp"], overview.Buttons.Select(b => b.Label.Vi));
        Assert.Equal(["tam_tru_docs", "tam_tru_fee", "tam_tru_online", "tam_tru_office"], overview.Buttons.Select(b => b.Goto));
        Assert.Contains("dang ky tam tru", overview.Examples);

        var fee = services.FindNode("tam_tru_fee")!;
        Assert.StartsWith("📋 Đăng ký tạm trú · Lệ phí, thời gian\nLệ phí 15.000 đồng", fee.Text.Vi, StringComparison.Ordinal);
        var back = Assert.Single(fee.Buttons);
        Assert.Equal(("↩ Đăng ký tạm trú", "↩ Temporary residence", "tam_tru"), (back.Label.Vi, back.Label.En, back.Goto));
        Assert.True(fee.IsFact);
        Assert.Equal(new DateOnly(2026, 11, 20), fee.Reviewed);
        Assert.Equal("procedures/tam_tru.yaml", fee.Location.File);
    }

    [Fact]
    public void TheCardItselfIsKeptForTheDashboardAndTheValidator()
    {
        var card = ContentLoader.Load(_folder).FindCard("luu_tru")!;

        Assert.Equal(("services", "Thông báo lưu trú"), (card.Topic, card.Title.Vi));
        Assert.Equal([CardSectionKind.Online, CardSectionKind.InPerson], card.Sections.Select(s => s.Kind));
        Assert.Equal(["Luật Cư trú 2020, Điều 30"], card.LegalBasis);
        Assert.Equal(2, card.Sources.Count);
        Assert.Contains("§4.4", card.CheckedAgainst, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltKeyIsReportedWithItsLineAndTheKeyThatWasMeant()
    {
        Edit("tam_tru.yaml", "legal_basis:", "legal_bases:");

        var error = Assert.Single(Errors());
        Assert.Equal("procedures/tam_tru.yaml:33:1", error.Location.ToString());
        Assert.Contains("unknown key 'legal_bases' (did you mean 'legal_basis'?)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltSectionSuggestsTheRightOne()
    {
        Edit("tam_tru.yaml", "  fee_time:", "  fees_time:");

        var error = Assert.Single(Errors());
        Assert.Contains("unknown key 'fees_time' (did you mean 'fee_time'?)", error.Message, StringComparison.Ordinal);
        Assert.Contains("documents, fee_time, online, in_person, note", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownTopicSuggestsTheFlowThatWasMeant()
    {
        Edit("tam_tru.yaml", "topic: services", "topic: service");

        var error = Assert.Single(Errors(), e => e.Location.File == "procedures/tam_tru.yaml");
        Assert.Contains("topic 'service' is not a flow (did you mean 'services'?)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACardWhoseStepIdIsAlreadyAStepOfTheFlowIsRefused()
    {
        Edit("tam_tru.yaml", "id: tam_tru", "id: intro");

        var errors = Errors();
        Assert.Contains(errors, e => e.Message.Contains("card 'intro' needs step id 'intro', which flow 'services' already has (flows/services.yaml:", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoCardsWithOneIdAreRefused()
    {
        Edit("luu_tru.yaml", "id: luu_tru", "id: tam_tru");

        Assert.Contains(Errors(), e => e.Message == "card id 'tam_tru' is already used by procedures/luu_tru.yaml");
    }

    [Fact]
    public void ACardThatSaysNeitherOnlineNorInPersonIsRefused()
    {
        var yaml = File.ReadAllText(CardPath("luu_tru.yaml"));
        var start = yaml.IndexOf("  online:", StringComparison.Ordinal);
        var end = yaml.IndexOf("legal_basis:", StringComparison.Ordinal);
        File.WriteAllText(CardPath("luu_tru.yaml"), yaml[..start] + "  note: { vi: \"Ghi chú.\", en: \"A note.\" }\n" + yaml[end..]);

        var error = Assert.Single(Errors());
        Assert.Contains("neither how to do it online nor where to go", error.Message, StringComparison.Ordinal);
        Assert.Equal("procedures/luu_tru.yaml", error.Location.File);
    }

    [Theory]
    [InlineData("id: tam_tru\n", "missing 'id'")]
    [InlineData("topic: services\n", "missing 'topic'")]
    [InlineData("title: { vi: \"Đăng ký tạm trú\", en: \"Temporary residence\" }\n", "missing 'title'")]
    public void AMissingFieldIsNamed(string removed, string message)
    {
        Edit("tam_tru.yaml", removed, "");

        Assert.Contains(Errors(), e => e.Message == message && e.Location.File == "procedures/tam_tru.yaml");
    }

    [Fact]
    public void ACardIdTooLongForItsStepIdsIsRefused()
    {
        Edit("tam_tru.yaml", "id: tam_tru", "id: dang_ky_tam_tru_online");

        Assert.Contains(Errors(), e => e.Message.Contains("card id 'dang_ky_tam_tru_online' is not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void TheVersionHashCoversTheCards()
    {
        var before = ContentLoader.HashFolder(_folder);

        Edit("luu_tru.yaml", "qua đêm, một người", "qua đêm, người");

        Assert.NotEqual(before, ContentLoader.HashFolder(_folder));
        Assert.Contains(ContentLoader.ContentFiles(_folder), f => f.EndsWith(Path.Combine("procedures", "luu_tru.yaml"), StringComparison.Ordinal));
    }

    [Fact]
    public void APoliceNumberOfTheWrongShapeIsAnErrorOnItsLine()
    {
        var path = Path.Combine(_folder, "areas.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("0241 234 5678", "0241 234 567", StringComparison.Ordinal));

        var error = Assert.Single(Errors());
        Assert.Equal("areas.yaml:10:26", error.Location.ToString());
        Assert.Contains("'0241 234 567' is not a Vietnamese phone number", error.Message, StringComparison.Ordinal);
        Assert.Contains("11 digits starting 02", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void CommunePoliceContactsAreReadFromTheAreasFile()
    {
        var communes = ContentLoader.Load(_folder).Communes;

        var first = communes.Find("thu-nghiem.mau-mot")!;
        Assert.Equal("Phường Mẫu Một, Tỉnh Thử Nghiệm", first.FullName);
        Assert.Equal(("0241 234 5678", "Số 1 đường Thử Nghiệm", "tel:+842412345678"), (first.Police!.Phone, first.Police.Address, first.Police.TelUri));
        Assert.Null(communes.Find("thu-nghiem.mau-hai")!.Police);
        Assert.Equal("tel:+84912345678", communes.Find("thu-nghiem.mau-ba")!.Police!.TelUri);
        Assert.True(communes.HasContacts);
    }

    private void Edit(string card, string from, string to)
    {
        var path = CardPath(card);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private string CardPath(string card) => Path.Combine(_folder, "procedures", card);

    private List<ContentDiagnostic> Errors()
    {
        var (bundle, diagnostics) = ContentLoader.TryLoad(_folder);
        Assert.Null(bundle);
        return diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }
}
