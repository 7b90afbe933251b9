using Workbook.Execution.Output;
using Workbook.Hosting.Protocol;

namespace Workbook.Hosting;

/// <summary>
/// The worker's <see cref="Console.In"/>: a cell's <c>ReadLine</c> becomes an <see cref="InputRequested"/> to the
/// parent, which answers it (a batch run answers end of input at once; a kernel asks its front end). Outside a cell
/// there is nobody to ask, and input is at its end.
/// </summary>
internal sealed class WorkerInput(MessageChannel channel, Func<int, TaskCompletionSource<string?>> register) : TextReader
{
    private string? buffered;
    private int position;

    public override string? ReadLine()
    {
        if (buffered is { } rest && position < rest.Length)
        {
            var line = rest[position..].TrimEnd('\n');
            buffered = null;
            return line;
        }
        return Ask();
    }

    public override int Peek() => Fill() ? buffered![position] : -1;

    public override int Read() => Fill() ? buffered![position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        if (!Fill()) return 0;
        var n = Math.Min(count, buffered!.Length - position);
        buffered.CopyTo(position, buffer, index, n);
        position += n;
        return n;
    }

    private bool Fill()
    {
        if (buffered is not null && position < buffered.Length) return true;
        var line = Ask();
        if (line is null) return false;
        (buffered, position) = (line + "\n", 0);
        return true;
    }

    private string? Ask()
    {
        if (CellContext.Current is not { Forward: OutputForwarder cell }) return null;
        cell.Flush();
        var requestId = Interlocked.Increment(ref nextRequest);
        var reply = register(requestId);
        if (!channel.Send(new InputRequested(requestId, cell.CellId, cell.Prompt))) return null;
        return reply.Task.GetAwaiter().GetResult();
    }

    private static int nextRequest;
}
