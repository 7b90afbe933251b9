using System.Text.RegularExpressions;

namespace Workbook.Tests.Namespaces;

/// <summary>
/// Which of an assembly's rooms (its second-level namespaces: <c>Workbook.Execution</c> with its sub-namespaces,
/// <c>Workbook.Rendering</c>...) use which, read from the C# sources: a room uses another when one of its files names
/// a type declared at the top level of the other's files (comments and plain string literals removed, a member access
/// such as <c>x.Format</c> not counted).
/// </summary>
/// <remarks>
/// From the sources rather than the built assembly: a type named only in code the compiler inlines (a constant) or
/// erases (a <c>nameof</c>) is still a dependency a reader sees. Type names are unique across the engine's rooms, so a
/// name is enough to tell which room it comes from.
/// </remarks>
internal sealed partial class NamespaceGraph
{
    private readonly Dictionary<string, SortedDictionary<string, SortedSet<string>>> edges = new(StringComparer.Ordinal);

    private NamespaceGraph(IEnumerable<string> rooms)
    {
        foreach (var room in rooms) edges[room] = new(StringComparer.Ordinal);
    }

    /// <summary>Every room, in ordinal order.</summary>
    public IReadOnlyList<string> Rooms => [.. edges.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The rooms <paramref name="room"/> uses, each with the uses that show it (<c>file: Type</c>).</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> UsesOf(string room) => edges[room];

    /// <summary>The graph of the sources under <paramref name="folder"/>, each file's path relative to it.</summary>
    public static NamespaceGraph Read(string folder) =>
        Of(Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f))));

    /// <summary>The graph of <paramref name="sources"/> (a name and a file's text each).</summary>
    public static NamespaceGraph Of(IEnumerable<(string Name, string Text)> sources)
    {
        var files = sources
            .Select(s => (s.Name, Code: Strip(s.Text)))
            .Select(s => (s.Name, s.Code, Namespace: FileNamespace().Match(s.Code) is { Success: true } m ? m.Groups[1].Value : null))
            .Where(s => s.Namespace is not null)
            .ToList();
        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (Match declaration in TopLevelType().Matches(file.Code))
                declaredIn.TryAdd(declaration.Groups[1].Value, RoomOf(file.Namespace!));
        }
        var graph = new NamespaceGraph(files.Select(f => RoomOf(f.Namespace!)).Distinct());
        foreach (var (name, code, ns) in files)
        {
            var room = RoomOf(ns!);
            var body = UsingOrNamespaceLine().Replace(code, "");
            foreach (var identifier in Identifier().Matches(body).Select(m => m.Value).Distinct())
            {
                if (declaredIn.TryGetValue(identifier, out var target) && target != room)
                {
                    if (!graph.edges[room].TryGetValue(target, out var uses)) graph.edges[room][target] = uses = new(StringComparer.Ordinal);
                    uses.Add($"{name}: {identifier}");
                }
            }
        }
        return graph;
    }

    /// <summary>The strongly connected components of more than one room (Tarjan's algorithm): each is a cycle of rooms.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<IReadOnlyList<string>>();
        void Visit(string room)
        {
            index[room] = low[room] = index.Count;
            stack.Push(room);
            foreach (var next in edges[room].Keys)
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[room] = Math.Min(low[room], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[room] = Math.Min(low[room], index[next]);
                }
            }
            if (low[room] != index[room]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                component.Add(member);
            } while (member != room);
            if (component.Count > 1) components.Add([.. component.Order(StringComparer.Ordinal)]);
        }
        foreach (var room in Rooms)
        {
            if (!index.ContainsKey(room)) Visit(room);
        }
        return components;
    }

    /// <summary>One line per use of a room by another: <c>Workbook.Rendering -> Workbook.Execution (38 uses)</c>.</summary>
    public string Describe() => string.Join('\n', Rooms.SelectMany(from => edges[from].Select(to => $"{from} -> {to.Key} ({to.Value.Count} uses)")));

    private static string RoomOf(string ns) => string.Join('.', ns.Split('.').Take(2));

    // Comments and plain string literals go; an interpolated string stays, since its holes name types.
    internal static string Strip(string text) => PlainString().Replace(BlockComment().Replace(LineComment().Replace(text, ""), ""), "\"\"");

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^(?:[a-z]+ )*(?:class|record|struct|interface|enum)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"^\s*(?:using|namespace)\b[^\n]*", RegexOptions.Multiline)]
    private static partial Regex UsingOrNamespaceLine();

    [GeneratedRegex(@"(?<![.\w])[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"(?<!\$)@?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex PlainString();
}
