namespace TestSupport.Browser;

/// <summary>Where the browser tests find Chromium, and whether a missing one is a skip or a failure.</summary>
public static class Chromium
{
    /// <summary>Debian's chromium package; Playwright's own browser download is not available here.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>True under CI (<c>CI=true</c>), where a missing Chromium fails the tests instead of skipping them.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason for this machine; null when the tests must run.</summary>
    public static string? SkipReason => SkipReasonFor(IsInstalled, IsCi);

    /// <summary>Skip only without Chromium and outside CI: in CI a missing browser must fail the tests.</summary>
    public static string? SkipReasonFor(bool installed, bool ci) => installed || ci
        ? null
        : $"{ExecutablePath} is not installed (apt-get install chromium); outside CI the browser tests are skipped.";
}

/// <summary>A fact that needs Chromium: skipped on a machine without it, run (and failing) when CI=true.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>A theory that needs Chromium: skipped on a machine without it, run (and failing) when CI=true.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute() => Skip = Chromium.SkipReason;
}
