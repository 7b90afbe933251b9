namespace MinerCapex.Refresh;

/// <summary>How the refresh of one symbol ended.</summary>
public enum RefreshOutcome
{
    /// <summary>The file was rewritten with added or revised bars.</summary>
    Updated,

    /// <summary>The provider had nothing new; the file was not touched.</summary>
    UpToDate,

    /// <summary>The download failed; the file was not touched.</summary>
    DownloadFailed,

    /// <summary>The existing file or the request could not be used (unreadable file, unsorted dates, bad symbol, no start date); the file was not touched.</summary>
    InputInvalid,

    /// <summary>Writing the new file failed; the old file was not touched.</summary>
    WriteFailed,
}

/// <summary>What the refresh of one symbol did.</summary>
/// <param name="Symbol">The symbol, upper-cased.</param>
/// <param name="Path">The price file.</param>
/// <param name="From">First date asked of the provider; null when the refresh stopped before choosing it.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Merge">The merge, when the download succeeded.</param>
/// <param name="Download">The download, when it succeeded.</param>
/// <param name="Error">Why it failed, ready for the user (<c>SYMBOL: cause</c>); null on success.</param>
/// <param name="Warnings">Things the user should know although the refresh succeeded, e.g. a split that makes older bars stale.</param>
public sealed record SymbolRefresh(
    string Symbol,
    string Path,
    DateOnly? From,
    RefreshOutcome Outcome,
    PriceMergeResult? Merge,
    PriceDownload? Download,
    string? Error,
    IReadOnlyList<string> Warnings)
{
    /// <summary>True when the refresh ended as <see cref="RefreshOutcome.Updated"/> or <see cref="RefreshOutcome.UpToDate"/>.</summary>
    public bool Succeeded => Outcome is RefreshOutcome.Updated or RefreshOutcome.UpToDate;

    /// <summary>Bars added to the file.</summary>
    public int Added => Merge?.Added.Count ?? 0;

    /// <summary>Values replaced in the file.</summary>
    public int Revised => Merge?.Revisions.Count ?? 0;

    /// <summary>Downloaded bars equal to the file's.</summary>
    public int Unchanged => Merge?.Unchanged ?? 0;
}

/// <summary>What a refresh of several symbols did, one entry per symbol in the order asked.</summary>
/// <param name="Symbols">One result per symbol.</param>
public sealed record RefreshSummary(IReadOnlyList<SymbolRefresh> Symbols)
{
    /// <summary>True when every symbol succeeded.</summary>
    public bool Succeeded => Symbols.All(s => s.Succeeded);

    /// <summary>True when some symbol failed on its input (unreadable file, bad symbol) rather than on the download.</summary>
    public bool HasInputErrors => Symbols.Any(s => s.Outcome == RefreshOutcome.InputInvalid);
}
