namespace Workbook.Document;

/// <summary>
/// A kernel a notebook can address: the name written in <c>#!name</c> separators and cell metadata, the
/// language it runs, and the other spellings (<see cref="Aliases"/>) that select it. Names and aliases are
/// matched case-sensitively, as the upstream .dib parser does.
/// </summary>
public sealed record KernelInfo
{
    /// <summary>Creates a kernel description; rejects blank names and aliases and ones starting with <c>#</c>.</summary>
    /// <exception cref="ArgumentException">A name or alias is blank or starts with <c>#</c>.</exception>
    public KernelInfo(string name, string? languageName = null, IReadOnlyList<string>? aliases = null)
    {
        Name = Validated(name, nameof(name));
        LanguageName = languageName;
        Aliases = aliases is null ? [] : [.. aliases.Select(a => Validated(a, nameof(aliases)))];
    }

    /// <summary>The canonical name (<c>csharp</c>, <c>markdown</c>, ...), the one cells carry.</summary>
    public string Name { get; }

    /// <summary>The language the kernel runs (<c>C#</c>, <c>F#</c>, ...), or null when not declared.</summary>
    public string? LanguageName { get; }

    /// <summary>Other spellings that select the kernel in a separator line (<c>c#</c>, <c>cs</c>, ...).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Why <paramref name="nameOrAlias"/> cannot name a kernel, or null when it can.</summary>
    internal static string? Invalidity(string? nameOrAlias) => nameOrAlias switch
    {
        null => "a kernel name or alias cannot be null",
        _ when string.IsNullOrWhiteSpace(nameOrAlias) => "a kernel name or alias cannot be blank",
        _ when nameOrAlias.StartsWith('#') => $"the kernel name or alias '{nameOrAlias}' cannot start with '#'",
        _ => null,
    };

    /// <inheritdoc />
    public bool Equals(KernelInfo? other) =>
        other is not null && Name == other.Name && LanguageName == other.LanguageName && Aliases.SequenceEqual(other.Aliases);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, LanguageName, Aliases.Count);

    private static string Validated(string value, string parameter) =>
        Invalidity(value) is { } problem ? throw new ArgumentException(problem, parameter) : value;
}
