using Workbook.Rendering;

namespace Workbook.Tests.Rendering;

public sealed class AnsiTextTests
{
    [Theory]
    [InlineData("\u001b[31mred\u001b[0m plain", "red plain")]
    [InlineData("\u001b[1;38;5;208mbold orange\u001b[m", "bold orange")]
    [InlineData("\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007", "link")]
    [InlineData("\u001b[2K\u001b[1Gcleared", "cleared")]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("progress 10%\rprogress 50%\rprogress 100%\ndone", "progress 100%\ndone")]
    [InlineData("tab\there\u0007bell", "tab\therebell")]
    [InlineData("", "")]
    public void EscapesAndControlCharacters_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, AnsiText.Strip(input));
}
