using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Workbook.Document;

/// <summary>
/// The kernels a notebook can switch to, looked up by name or alias (ordinal, case-sensitive). Immutable:
/// <see cref="With"/> returns a new collection. Markdown is included although it is not a kernel, because
/// <c>#!markdown</c> and <c>#!md</c> split cells like any kernel name.
/// </summary>
public sealed class KernelInfoCollection : IReadOnlyList<KernelInfo>
{
    private readonly IReadOnlyList<KernelInfo> _kernels;
    private readonly IReadOnlyDictionary<string, KernelInfo> _byNameOrAlias;

    private KernelInfoCollection(IReadOnlyList<KernelInfo> kernels, IReadOnlyDictionary<string, KernelInfo> byNameOrAlias)
    {
        _kernels = kernels;
        _byNameOrAlias = byNameOrAlias;
    }

    /// <summary>
    /// The separators every .dib understands without a <c>#!meta</c> block: those the VS Code parser server
    /// registers (csharp, fsharp, html, http, javascript, mermaid, pwsh, value) plus markdown.
    /// </summary>
    public static KernelInfoCollection WellKnown { get; } = new KernelInfoCollection([], new Dictionary<string, KernelInfo>()).With(
    [
        new("csharp", "C#", ["c#", "cs"]),
        new("fsharp", "F#", ["f#", "fs"]),
        new("html", "HTML"),
        new("http", "HTTP"),
        new("javascript", "JavaScript", ["js"]),
        new("mermaid", "Mermaid"),
        new("pwsh", "PowerShell", ["powershell"]),
        new("value"),
        new("markdown", "Markdown", ["md"]),
    ]);

    /// <summary>
    /// The well-known kernels plus those the notebook's metadata declares in <c>kernelInfo.items</c>.
    /// </summary>
    /// <exception cref="NotebookFormatException">The <c>kernelInfo</c> value has the wrong shape or an invalid name (no location set).</exception>
    public static KernelInfoCollection For(JsonObject? metadata) => WellKnown.With(KernelInfoMetadata.Read(metadata).Items);

    /// <inheritdoc />
    public int Count => _kernels.Count;

    /// <inheritdoc />
    public KernelInfo this[int index] => _kernels[index];

    /// <summary>The kernel that <paramref name="nameOrAlias"/> selects, matched exactly (no trimming, case-sensitive).</summary>
    public bool TryResolve(string nameOrAlias, [NotNullWhen(true)] out KernelInfo? kernel) =>
        _byNameOrAlias.TryGetValue(nameOrAlias, out kernel);

    /// <summary>True when <paramref name="name"/> is the canonical name of a kernel here (not merely an alias).</summary>
    public bool ContainsName(string name) => TryResolve(name, out var kernel) && kernel.Name == name;

    /// <summary>The first kernel whose <see cref="KernelInfo.LanguageName"/> is <paramref name="languageName"/>, ignoring case.</summary>
    public KernelInfo? FindByLanguage(string languageName) =>
        _kernels.FirstOrDefault(k => string.Equals(k.LanguageName, languageName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Adds kernels without ever taking a spelling from a kernel already here: a kernel whose name is
    /// already known (as a name or an alias) is ignored, and so is each of its aliases that is already
    /// known. This is how a <c>#!meta</c> block can add separators but cannot re-alias <c>csharp</c>.
    /// </summary>
    public KernelInfoCollection With(IEnumerable<KernelInfo> kernels)
    {
        var list = _kernels.ToList();
        var map = new Dictionary<string, KernelInfo>(_byNameOrAlias, StringComparer.Ordinal);
        foreach (var kernel in kernels)
        {
            if (map.ContainsKey(kernel.Name))
                continue;
            var aliases = kernel.Aliases.Where(a => a != kernel.Name && !map.ContainsKey(a)).Distinct().ToArray();
            var added = aliases.Length == kernel.Aliases.Count ? kernel : new KernelInfo(kernel.Name, kernel.LanguageName, aliases);
            list.Add(added);
            foreach (var spelling in aliases.Prepend(kernel.Name))
                map.Add(spelling, added);
        }
        return new KernelInfoCollection(list, map);
    }

    /// <inheritdoc />
    public IEnumerator<KernelInfo> GetEnumerator() => _kernels.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
