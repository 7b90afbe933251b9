using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;
using Workbook.Formatting;
using Workbook.Outputs;
using FormattedValue = Workbook.Outputs.FormattedValue;

namespace Workbook.Execution.Output;

/// <summary>
/// Connects the Formatting library's display events to cell outputs. The library raises an event for
/// <c>x.Display()</c> and for every <see cref="DisplayedValue.Update"/>; a host subscribes once and decides where
/// the value goes. A handle's update goes to the cell that first showed it (a later cell may update it), a new
/// display to the cell that is running.
/// </summary>
internal static class DisplayRouting
{
    // Keyed by the handle itself, so a handle and its sink are forgotten together once the notebook drops both.
    private static readonly ConditionalWeakTable<DisplayedValue, CellOutputSink> owners = new();
    private static readonly Lock gate = new();
    private static IDisposable? subscription;

    /// <summary>Subscribes to the library's display events, once per process.</summary>
    public static void EnsureSubscribed()
    {
        lock (gate) subscription ??= Formatter.SubscribeToDisplayedValues(OnDisplayed);
    }

    /// <summary>What <c>display(value)</c> does: shows it in the running cell and returns a handle that updates it there.</summary>
    public static DisplayedValue Show(object? value, string[]? mimeTypes)
    {
        var sink = CellContext.Current
            ?? throw new InvalidOperationException("display() can only be called from code a notebook cell runs.");
        IReadOnlyList<string> types = mimeTypes is { Length: > 0 } ? mimeTypes : ValueFormatter.PreferredMimeTypes(value);
        var formatted = ValueFormatter.Format(value, types);
        var handle = new DisplayedValue(value!, [.. formatted.Select(f => new Microsoft.DotNet.Interactive.Formatting.FormattedValue(f.MimeType, f.Value))]);
        owners.AddOrUpdate(handle, sink);
        sink.Add(new DisplayOutput(formatted, handle.DisplayId, IsReturnValue: false));
        return handle;
    }

    private static void OnDisplayed(DisplayedValue displayed)
    {
        var values = displayed.FormattedValues.Select(f => new FormattedValue(f.MimeType, f.Value)).ToList();
        if (displayed.IsUpdated && owners.TryGetValue(displayed, out var owner) && owner.Update(displayed.DisplayId, values)) return;
        if (CellContext.Current is { } sink)
        {
            // The library hands out a different handle from the one it raised, so an update of such a handle has no
            // display to replace: show it as a new one, as a batch runner of the kernel appends updates.
            owners.AddOrUpdate(displayed, sink);
            sink.Add(new DisplayOutput(values, displayed.DisplayId, IsReturnValue: false));
        }
        else
        {
            Formatter.WriteToConsole(displayed);
        }
    }
}
