namespace Workbook.Document;

/// <summary>
/// A notebook file (or text) cannot be read: it is missing, unreadable, not UTF-8, or breaks the .dib or
/// .ipynb grammar. The message names the file, the 1-based line and column when they are known, and the
/// problem, so the user can fix the file without a stack trace.
/// </summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception and composes its message as <c>path:line:column: problem</c>.</summary>
    /// <param name="path">The file as the caller named it, or null when parsing text that has no file.</param>
    /// <param name="line">1-based line, or 0 when the problem concerns the whole file.</param>
    /// <param name="column">1-based column, or 0 when the problem concerns the whole line.</param>
    /// <param name="problem">What is wrong and, where it helps, what was expected.</param>
    /// <param name="inner">The exception that revealed the problem, if any.</param>
    public NotebookFormatException(string? path, int line, int column, string problem, Exception? inner = null)
        : base(Compose(path, line, column, problem), inner)
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file as the caller named it, or null.</summary>
    public string? Path { get; }

    /// <summary>1-based line; 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based column; 0 when the problem concerns the whole line or file.</summary>
    public int Column { get; }

    /// <summary>The problem without its location.</summary>
    public string Problem { get; }

    /// <summary>The same problem placed in a file at a line and column (used once the caller knows where).</summary>
    internal NotebookFormatException At(string? path, int line, int column = 0) =>
        new(path, line, column, Problem, InnerException);

    private static string Compose(string? path, int line, int column, string problem)
    {
        var where = (path, line, column) switch
        {
            (null, 0, _) => null,
            (null, _, 0) => $"line {line}",
            (null, _, _) => $"line {line}, column {column}",
            (_, 0, _) => path,
            (_, _, 0) => $"{path}:{line}",
            _ => $"{path}:{line}:{column}",
        };
        return where is null ? problem : $"{where}: {problem}";
    }
}
