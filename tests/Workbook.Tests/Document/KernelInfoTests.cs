using Workbook.Document;

namespace Workbook.Tests.Document;

public class KernelInfoTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("#csharp")]
    public void Construction_RejectsBlankOrHashNames(string name)
    {
        Assert.Throws<ArgumentException>(() => new KernelInfo(name));
        Assert.Throws<ArgumentException>(() => new KernelInfo("ok", aliases: [name]));
    }

    [Fact]
    public void WellKnown_HasTheUpstreamKernelsAndMarkdown()
    {
        Assert.Equal(
            ["csharp", "fsharp", "html", "http", "javascript", "mermaid", "pwsh", "value", "markdown"],
            KernelInfoCollection.WellKnown.Select(k => k.Name));
        Assert.True(KernelInfoCollection.WellKnown.TryResolve("cs", out var cs));
        Assert.Equal(new KernelInfo("csharp", "C#", ["c#", "cs"]), cs);
    }

    [Theory]
    [InlineData("C#")]
    [InlineData("CSharp")]
    [InlineData("csharp ")]
    [InlineData(" csharp")]
    [InlineData("sql")]
    public void WellKnown_LookupIsExact(string spelling)
    {
        Assert.False(KernelInfoCollection.WellKnown.TryResolve(spelling, out _));
    }

    [Fact]
    public void With_AddsNewKernels_ButNeverTakesASpellingAlreadyKnown()
    {
        var kernels = KernelInfoCollection.WellKnown.With(
        [
            new KernelInfo("csharp", "Other", ["C#"]),
            new KernelInfo("sql", "SQL", ["cs", "q", "sql"]),
            new KernelInfo("js", "Script"),
            new KernelInfo("sql", "Again", ["q2"]),
        ]);
        Assert.False(kernels.TryResolve("C#", out _));
        Assert.True(kernels.TryResolve("cs", out var cs) && cs.Name == "csharp");
        Assert.True(kernels.TryResolve("js", out var js) && js.Name == "javascript");
        Assert.True(kernels.TryResolve("q", out var q) && q == new KernelInfo("sql", "SQL", ["q"]));
        Assert.False(kernels.TryResolve("q2", out _));
        Assert.Equal(10, kernels.Count);
        Assert.True(kernels.ContainsName("sql"));
        Assert.False(kernels.ContainsName("q"));
    }

    [Fact]
    public void FindByLanguage_IgnoresCase()
    {
        Assert.Equal("pwsh", KernelInfoCollection.WellKnown.FindByLanguage("powershell")?.Name);
        Assert.Null(KernelInfoCollection.WellKnown.FindByLanguage("python"));
    }
}
