using System.Text;

namespace Workbook.Execution.Output;

/// <summary>
/// Replaces <see cref="Console.Out"/> and <see cref="Console.Error"/> with writers that send text to the
/// running cell (<see cref="CellContext.Current"/>) and, outside any cell, to the original console.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly Lock gate = new();
    private static TextWriter? installedOut;
    private static TextWriter? installedError;

    /// <summary>Installs the writers unless they are still in place (someone may have called SetOut since).</summary>
    public static void EnsureInstalled()
    {
        lock (gate)
        {
            if (!ReferenceEquals(Console.Out, installedOut))
            {
                Console.SetOut(new CellWriter("stdout", Console.Out));
                installedOut = Console.Out;
            }
            if (!ReferenceEquals(Console.Error, installedError))
            {
                Console.SetError(new CellWriter("stderr", Console.Error));
                installedError = Console.Error;
            }
        }
    }

    private sealed class CellWriter(string stream, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => fallback.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (value is null) return;
            if (CellContext.Current is { } sink) sink.Write(stream, value);
            else fallback.Write(value);
        }

        public override void Flush()
        {
            if (CellContext.Current is null) fallback.Flush();
        }
    }
}
