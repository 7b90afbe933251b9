using System.Globalization;
using Workbook.Execution;
using Workbook.Hosting.Protocol;
using Workbook.Outputs;

namespace Workbook.Hosting;

/// <summary>The end of a worker process during a cell, told in one plain sentence as that cell's error.</summary>
internal static class ProcessEnding
{
    public static ErrorOutput Describe(int exitCode, ProcessCrashing? crash, StandardErrorTail standardError)
    {
        var code = exitCode.ToString(CultureInfo.InvariantCulture);
        if (crash is not null)
        {
            return new ErrorOutput(
                "UnhandledException",
                $"An exception that no code caught ended the notebook's process during this cell: {crash.ExceptionType}: {crash.Message}",
                crash.StackTrace);
        }
        if (standardError.StackOverflow)
        {
            var where = standardError.OverflowFrame is { } frame ? $" (in {frame}, called without end)" : "";
            return new ErrorOutput("StackOverflow", $"Stack overflow in this cell{where}: the notebook's process ended with exit code {code}.", []);
        }
        if (standardError.UnhandledException is { } unhandled)
        {
            return new ErrorOutput("UnhandledException", $"An exception that no code caught ended the notebook's process during this cell: {unhandled}", []);
        }
        var signal = exitCode is > 128 and < 160 ? $" (signal {(exitCode - 128).ToString(CultureInfo.InvariantCulture)})" : "";
        return new ErrorOutput("ProcessExited", $"The notebook's process exited with code {code}{signal} during this cell.", []);
    }
}
