using TestSupport.Browser;

namespace Workbook.Tests.Rendering.Browser;

/// <summary>
/// This assembly's browser tests share one Chromium and run one at a time (the machine has two cores). xUnit finds a
/// collection's definition only in the test assembly itself, so each project with browser tests declares it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
