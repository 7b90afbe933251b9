using System.Text;

namespace Workbook.Execution.Output;

/// <summary>
/// Replaces <see cref="Console.Out"/> and <see cref="Console.Error"/> with writers that send text to the
/// running cell (<see cref="CellContext.Current"/>) and, outside any cell, to the original console; and
/// <see cref="Console.In"/> with a reader that asks the running cell's front end for a line (end of input when
/// there is none, so a batch run never waits on the terminal).
/// </summary>
internal static class ConsoleCapture
{
    private static readonly Lock gate = new();
    private static TextWriter? installedOut;
    private static TextWriter? installedError;
    private static TextReader? installedIn;

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
            if (!ReferenceEquals(Console.In, installedIn))
            {
                Console.SetIn(new CellReader(Console.In));
                installedIn = Console.In;
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

    // Console.SetIn wraps the reader in a synchronized one, so only ReadLine and Read reach here by way of it.
    private sealed class CellReader(TextReader fallback) : TextReader
    {
        private string pending = "";

        public override string? ReadLine()
        {
            if (CellContext.Current is not { } sink) return fallback.ReadLine();
            if (pending.Length > 0)
            {
                var rest = pending;
                pending = "";
                return rest;
            }
            return sink.ReadLine();
        }

        public override int Peek() => CellContext.Current is null ? fallback.Peek() : Fill() ? pending[0] : -1;

        public override int Read()
        {
            if (CellContext.Current is null) return fallback.Read();
            if (!Fill()) return -1;
            var next = pending[0];
            pending = pending[1..];
            return next;
        }

        private bool Fill()
        {
            if (pending.Length > 0) return true;
            if (CellContext.Current?.ReadLine() is not { } line) return false;
            pending = line + "\n";
            return true;
        }
    }
}
