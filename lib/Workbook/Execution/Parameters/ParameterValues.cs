using System.Collections;

namespace Workbook.Execution.Parameters;

/// <summary>
/// The parameter values of one run, in declaration order: parsed and applied once by
/// <see cref="NotebookParameters.Apply"/>, then read as they are by the runner and the report header.
/// </summary>
public sealed class ParameterValues : IReadOnlyList<ParameterValue>
{
    private readonly IReadOnlyList<ParameterValue> _values;

    /// <summary>Values in the order given, which is the parameters cell's order when they come from <see cref="NotebookParameters.Apply"/>.</summary>
    public ParameterValues(IReadOnlyList<ParameterValue> values)
    {
        var twice = values.GroupBy(v => v.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new ArgumentException($"Parameter '{twice.Key}' is given twice.", nameof(values));
        _values = values;
        Overridden = values.Where(v => v.Overridden).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>No parameters.</summary>
    public static ParameterValues None { get; } = new([]);

    /// <summary>The value of <paramref name="name"/> as C# source text.</summary>
    /// <exception cref="KeyNotFoundException">The notebook declares no such parameter.</exception>
    public string this[string name] =>
        _values.FirstOrDefault(v => v.Name == name)?.Value ?? throw new KeyNotFoundException($"No parameter '{name}'.");

    /// <summary>Names of the parameters that <c>-p</c> overrode.</summary>
    public IReadOnlySet<string> Overridden { get; }

    /// <inheritdoc/>
    public ParameterValue this[int index] => _values[index];

    /// <inheritdoc/>
    public int Count => _values.Count;

    /// <inheritdoc/>
    public IEnumerator<ParameterValue> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
