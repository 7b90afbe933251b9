namespace MinerCapex.Data;

/// <summary>
/// A data file the user supplied is malformed. The message names the file, the 1-based line and
/// column, the offending value and what was expected, so it can be fixed without a debugger.
/// </summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception and composes its message from the location and the expectation.</summary>
    public DataFormatException(string file, int line, int column, string? value, string expected, Exception? inner = null)
        : base(Compose(file, line, column, value, expected), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Value = value;
        Expected = expected;
    }

    /// <summary>Path of the file as the caller gave it.</summary>
    public string File { get; }

    /// <summary>1-based line number; 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based column number (field position for CSV); 0 when the problem concerns the whole line or file.</summary>
    public int Column { get; }

    /// <summary>The offending text, or null when there was none (a missing field, an empty file).</summary>
    public string? Value { get; }

    /// <summary>What the reader expected instead.</summary>
    public string Expected { get; }

    /// <summary>The message without the file: "line 12, column 3: found 'x'; expected a number.", for lists grouped by file.</summary>
    public string Problem
    {
        get
        {
            var where = Line > 0 ? (Column > 0 ? $"line {Line}, column {Column}: " : $"line {Line}: ") : "";
            return $"{where}found {(Value is null ? "nothing" : $"'{Value}'")}; expected {Expected}.";
        }
    }

    private static string Compose(string file, int line, int column, string? value, string expected)
    {
        var where = line > 0 ? (column > 0 ? $"{file}:{line}:{column}" : $"{file}:{line}") : file;
        var got = value is null ? "nothing" : $"'{value}'";
        return $"{where}: found {got}; expected {expected}.";
    }
}
