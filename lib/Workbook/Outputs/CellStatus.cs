namespace Workbook.Outputs;

/// <summary>How a cell ended.</summary>
public enum CellStatus
{
    /// <summary>Ran (or, for markdown, was rendered) without error.</summary>
    Succeeded,
    /// <summary>Failed to compile, threw, timed out or was rejected by the engine.</summary>
    Failed,
    /// <summary>Not run: an earlier cell failed and the run stopped, or its kernel is unsupported and skipped.</summary>
    Skipped,
}
