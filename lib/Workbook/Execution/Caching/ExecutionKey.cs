using System.Text;
using Workbook.IO;

namespace Workbook.Execution.Caching;

/// <summary>
/// Everything that could change a notebook's outputs, one component per field, so that a rerun with an equal key can
/// reuse the outputs of the run that had it. Each component is plain text (a hash with what it covers), kept in the
/// cache entry and named in the console line when a component changed.
/// </summary>
/// <param name="Notebook">SHA-256 of the notebook file's bytes: every cell, markdown included.</param>
/// <param name="Parameters">The effective parameter values (defaults overridden by <c>-p</c>), one <c>name=value</c> per line.</param>
/// <param name="Data">The data fingerprint by the report header's rule (<c>sha256:… N files</c>), or <c>none</c>.</param>
/// <param name="References">Each file a C# cell loads with <c>#r "file"</c> or <c>#load "file"</c>: its full path and SHA-256 (or <c>missing</c>).</param>
/// <param name="Packages">Each <c>#r "nuget: Name, Version"</c> (exact versions only) and each <c>#i</c> package source, in cell order.</param>
/// <param name="Engine">SHA-256 over the engine's own assemblies and its dependency manifest (<see cref="Provenance.EngineIdentity"/>).</param>
/// <param name="Runtime">The .NET runtime and runtime identifier the worker runs on.</param>
/// <param name="Options">The run options that change outputs: output limits, cell timeout, continue-on-error, skip-unsupported.</param>
public sealed record ExecutionKey(
    string Notebook,
    string Parameters,
    string Data,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Packages,
    string Engine,
    string Runtime,
    string Options)
{
    /// <summary>The key as one SHA-256 (64 lowercase hex digits): the name of its cache entry.</summary>
    public string Digest()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in Components())
            text.Append(name).Append('\n').Append(value).Append("\n\0\n");
        return Sha256.OfText(text.ToString());
    }

    /// <summary>The names of the components that differ from <paramref name="other"/>'s ("source", "data"...), in field order.</summary>
    public IReadOnlyList<string> Differences(ExecutionKey other) =>
        [.. Components().Zip(other.Components()).Where(pair => pair.First.Value != pair.Second.Value).Select(pair => pair.First.Name)];

    // Null-safe: a key read back from a damaged entry may lack any field, and must then differ, not throw.
    private IEnumerable<(string Name, string? Value)> Components()
    {
        yield return ("source", Notebook);
        yield return ("parameters", Parameters);
        yield return ("data", Data);
        yield return ("#r files", string.Join('\n', References ?? []));
        yield return ("packages", string.Join('\n', Packages ?? []));
        yield return ("engine", Engine);
        yield return ("runtime", Runtime);
        yield return ("options", Options);
    }
}
