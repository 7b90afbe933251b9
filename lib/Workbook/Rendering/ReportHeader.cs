using Workbook.Execution.Parameters;
using Workbook.Provenance;

namespace Workbook.Rendering;

/// <summary>The first failed cell, for the header's status line.</summary>
/// <param name="CellNumber">1-based cell number.</param>
/// <param name="Anchor">The id of the cell's section.</param>
/// <param name="Summary">The error's type and first message line.</param>
internal sealed record FailureLink(int CellNumber, string Anchor, string Summary);

/// <summary>The commit a run's notebook was checked out at, as the header shows it.</summary>
/// <param name="Commit">The full commit hash.</param>
/// <param name="ShortCommit">Its first 12 characters.</param>
/// <param name="Branch">The branch, or null on a detached head.</param>
internal sealed record HeaderCommit(string Commit, string ShortCommit, string? Branch);

/// <summary>Everything the report header shows about a run.</summary>
internal sealed record ReportHeader(
    string Title,
    string TitleId,
    string NotebookPath,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    int CellCount,
    IReadOnlyList<ParameterValue> Parameters,
    DataFingerprint? Data,
    string EngineVersion,
    string RuntimeVersion,
    HeaderCommit? Commit,
    FailureLink? Failure,
    bool TrustsAuthorHtml = false)
{
    /// <summary>Packages the setup cells installed, for the Environment line; empty when none.</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>"outputs from cache, run of ‹date›" when the outputs came from the execution cache; null when they were computed now.</summary>
    public string? CacheNote { get; init; }

    /// <summary>What the data the notebook read run to, as its outputs declare it; null when they declare nothing.</summary>
    public DataAsOf? AsOf { get; init; }

    /// <summary>True when no cell failed.</summary>
    public bool Succeeded => Failure is null;
}
