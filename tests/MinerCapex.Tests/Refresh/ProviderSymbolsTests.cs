using MinerCapex.Data;
using MinerCapex.Refresh;

namespace MinerCapex.Tests.Refresh;

public class ProviderSymbolsTests
{
    [Fact]
    public void Bundled_MapsBitfToKeel_AndEveryOtherSymbolToItself()
    {
        var symbols = ProviderSymbols.Load(Path.Combine(RefreshTestData.RepositoryRoot, "data"));

        Assert.Equal("KEEL", symbols.Of("BITF"));
        Assert.Equal("KEEL", symbols.Of("bitf"));
        Assert.Equal("CIFR", symbols.Of("CIFR"));
        Assert.Equal(new DateOnly(2026, 4, 6), symbols.AliasOf("BITF")!.Since);
        Assert.Null(symbols.AliasOf("KEEL")); // the map runs from the file's symbol to the provider's, not back
    }

    [Fact]
    public void Load_FolderWithoutTheFile_HasNoAlias()
    {
        using var folder = RefreshTestData.CopyOf();

        Assert.Equal("BITF", ProviderSymbols.Load(folder.Folder).Of("BITF"));
    }

    [Fact]
    public void Load_MalformedFile_ThrowsTheReadersErrorWithFileLineAndColumn()
    {
        using var folder = RefreshTestData.CopyOf();
        var path = Path.Combine(folder.Folder, TickerAliasFile.FileName);
        File.WriteAllText(path, "symbol,provider_symbol,since,announced,name,source_url,note\nBITF,KEEL,April 6,,Keel,https://x,\n");

        var e = Assert.Throws<DataFormatException>(() => ProviderSymbols.Load(folder.Folder));

        Assert.Equal($"{path}:2:3: found 'April 6'; expected a date as yyyy-MM-dd.", e.Message);
    }

    [Fact]
    public void TwoAliasesForOneSymbol_AreRefused()
    {
        TickerAlias Row(string provider) => new("BITF", provider, new DateOnly(2026, 4, 6), null, "Keel", "https://x", "");

        var e = Assert.Throws<ArgumentException>(() => new ProviderSymbols([Row("KEEL"), Row("KL")]));

        Assert.StartsWith("BITF has two aliases (KEEL and KL).", e.Message);
    }
}
