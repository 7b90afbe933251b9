using System.Globalization;
using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.DotNet.Interactive.Documents;

namespace Workbook.Execution.Parameters;

/// <summary>
/// Papermill-style parameters. The first C# cell whose first line is <c>// parameters</c> declares defaults
/// (<c>var window = 60;</c>, <c>string period = "2025";</c>); overrides become a generated cell right after it
/// that assigns each new value, written as a C# literal of the declared type (strings quoted and escaped,
/// numbers in the invariant culture, dates parsed with the invariant culture).
/// </summary>
public static class NotebookParameters
{
    /// <summary>The first line that marks the parameters cell (compared trimmed, case-insensitively).</summary>
    public const string Marker = "// parameters";

    /// <summary>The first line of the generated cell.</summary>
    public const string InjectedMarker = "// injected parameters";

    private static readonly CSharpParseOptions scriptParseOptions =
        CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>Index of the parameters cell, or -1.</summary>
    public static int FindCell(InteractiveDocument document)
    {
        for (var i = 0; i < document.Elements.Count; i++)
        {
            var cell = document.Elements[i];
            if (cell.KernelName == "csharp" && cell.Contents.Split('\n')[0].Trim().Equals(Marker, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    /// <summary>The parameters <paramref name="document"/> declares (none when it has no parameters cell).</summary>
    public static IReadOnlyList<NotebookParameter> Declared(InteractiveDocument document) =>
        FindCell(document) is var index and >= 0 ? Parse(document.Elements[index].Contents) : [];

    /// <summary>The top-level variable declarations of a parameters cell.</summary>
    public static IReadOnlyList<NotebookParameter> Parse(string contents)
    {
        var root = CSharpSyntaxTree.ParseText(contents, scriptParseOptions).GetCompilationUnitRoot();
        var declarations = root.Members.Select(m => m switch
        {
            FieldDeclarationSyntax field => field.Declaration,
            GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
            _ => null,
        });
        return
        [
            .. from declaration in declarations
               where declaration is not null
               from variable in declaration.Variables
               where variable.Initializer is not null
               select new NotebookParameter(
                   variable.Identifier.ValueText,
                   declaration.Type.IsVar ? InferType(variable.Initializer!.Value) : NormalizeType(declaration.Type.ToString()),
                   variable.Initializer!.Value.ToString()),
        ];
    }

    /// <summary>
    /// Applies <paramref name="overrides"/> to <paramref name="document"/>: a new document (sharing the cells) with the
    /// generated cell inserted (the same document when there are no overrides) and every parameter's value.
    /// </summary>
    /// <exception cref="NotebookParameterException">An unknown name, or a value the parameter's type cannot take.</exception>
    public static AppliedParameters Apply(InteractiveDocument document, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        var index = FindCell(document);
        var declared = index >= 0 ? Parse(document.Elements[index].Contents) : [];
        if (overrides.Count == 0)
            return new AppliedParameters(document, new ParameterValues([.. declared.Select(p => new ParameterValue(p.Name, p.DefaultSource, false, p.DefaultSource))]), -1);
        if (index < 0) throw new NotebookParameterException($"The notebook has no '{Marker}' cell, so it takes no parameters (got {string.Join(", ", overrides.Select(o => o.Key))}).");

        var byName = declared.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var literals = new Dictionary<string, string>(StringComparer.Ordinal);
        var assignments = new List<string>();
        foreach (var (name, value) in overrides)
        {
            if (!byName.TryGetValue(name, out var parameter))
                throw new NotebookParameterException($"Unknown parameter '{name}'. Valid parameters: {Describe(declared)}.");
            var literal = ToLiteral(parameter, value);
            literals[name] = literal;
            assignments.Add($"{name} = {literal};");
        }
        var cells = document.Elements.ToList();
        cells.Insert(index + 1, new InteractiveDocumentElement(InjectedMarker + "\n" + string.Join('\n', assignments), "csharp", []));
        var injected = new InteractiveDocument(cells);
        foreach (var (key, value) in document.Metadata)
            injected.Metadata[key] = value;
        var values = declared.Select(p => literals.TryGetValue(p.Name, out var literal)
            ? new ParameterValue(p.Name, literal, true, p.DefaultSource)
            : new ParameterValue(p.Name, p.DefaultSource, false, p.DefaultSource));
        return new AppliedParameters(injected, new ParameterValues([.. values]), index + 1);
    }

    /// <summary>"window (int), period (string)".</summary>
    public static string Describe(IEnumerable<NotebookParameter> parameters)
    {
        var text = string.Join(", ", parameters.Select(p => p.Type is null ? p.Name : $"{p.Name} ({p.Type})"));
        return text.Length == 0 ? "none" : text;
    }

    /// <summary>
    /// <paramref name="value"/> as a C# expression of the parameter's type. A parameter whose type cannot be told
    /// takes the value as C# source, verbatim.
    /// </summary>
    public static string ToLiteral(NotebookParameter parameter, string value)
    {
        var inv = CultureInfo.InvariantCulture;
        string Fail(string expected) =>
            throw new NotebookParameterException($"Parameter '{parameter.Name}' is {parameter.Type}; found '{value}', expected {expected}.");
        return parameter.Type switch
        {
            "string" => SymbolDisplay.FormatLiteral(value, quote: true),
            "int" => int.TryParse(value, NumberStyles.Integer, inv, out var i) ? i.ToString(inv) : Fail(IntegerExpected(value, int.MinValue, int.MaxValue)),
            "long" => long.TryParse(value, NumberStyles.Integer, inv, out var l) ? l.ToString(inv) + "L" : Fail(IntegerExpected(value, long.MinValue, long.MaxValue)),
            "double" => double.TryParse(value, NumberStyles.Float, inv, out var d) && double.IsFinite(d) ? d.ToString("R", inv) + "d" : Fail("a number such as 0.25"),
            "float" => float.TryParse(value, NumberStyles.Float, inv, out var f) && float.IsFinite(f) ? f.ToString("R", inv) + "f" : Fail("a number such as 0.25"),
            "decimal" => decimal.TryParse(value, NumberStyles.Number, inv, out var m) ? m.ToString(inv) + "m" : Fail("a number such as 0.25"),
            "bool" => bool.TryParse(value, out var b) ? (b ? "true" : "false") : Fail("true or false"),
            "DateTime" => DateTime.TryParse(value, inv, DateTimeStyles.RoundtripKind, out _)
                ? $"global::System.DateTime.Parse({SymbolDisplay.FormatLiteral(value, true)}, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.RoundtripKind)"
                : Fail("a date and time such as 2025-01-31T16:00:00"),
            "DateOnly" => DateOnly.TryParse(value, inv, DateTimeStyles.None, out _)
                ? $"global::System.DateOnly.Parse({SymbolDisplay.FormatLiteral(value, true)}, global::System.Globalization.CultureInfo.InvariantCulture)"
                : Fail("a date such as 2025-01-31"),
            "TimeSpan" => TimeSpan.TryParse(value, inv, out _)
                ? $"global::System.TimeSpan.Parse({SymbolDisplay.FormatLiteral(value, true)}, global::System.Globalization.CultureInfo.InvariantCulture)"
                : Fail("a duration such as 1.12:00:00"),
            _ => value,
        };
    }

    /// <summary>What to ask for instead of <paramref name="value"/>: an integer, or one in range when it is an integer already.</summary>
    private static string IntegerExpected(string value, BigInteger min, BigInteger max) =>
        BigInteger.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var big)
            ? $"an integer from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}: {(big > max ? "too large" : "too small")}, out of range"
            : "an integer";

    private static string? InferType(ExpressionSyntax value) => value switch
    {
        LiteralExpressionSyntax { Token.Value: var v } literal => literal.Kind() switch
        {
            SyntaxKind.StringLiteralExpression => "string",
            SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression => "bool",
            SyntaxKind.NumericLiteralExpression => v switch
            {
                int => "int", long => "long", double => "double", float => "float", decimal => "decimal", _ => null,
            },
            _ => null,
        },
        InterpolatedStringExpressionSyntax => "string",
        PrefixUnaryExpressionSyntax { Operand: var operand } => InferType(operand),
        ParenthesizedExpressionSyntax { Expression: var inner } => InferType(inner),
        ObjectCreationExpressionSyntax creation => NormalizeType(creation.Type.ToString()),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => NormalizeType(access.Expression.ToString()),
        MemberAccessExpressionSyntax access => NormalizeType(access.Expression.ToString()),
        _ => null,
    };

    private static string? NormalizeType(string type)
    {
        var name = type.Replace("global::", "", StringComparison.Ordinal).TrimEnd('?');
        if (name.StartsWith("System.", StringComparison.Ordinal)) name = name["System.".Length..];
        return name switch
        {
            "String" => "string", "Int32" => "int", "Int64" => "long", "Double" => "double", "Single" => "float",
            "Decimal" => "decimal", "Boolean" => "bool",
            "string" or "int" or "long" or "double" or "float" or "decimal" or "bool" or "DateTime" or "DateOnly" or "TimeSpan" => name,
            _ => null,
        };
    }
}
