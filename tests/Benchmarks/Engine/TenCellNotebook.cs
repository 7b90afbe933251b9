using System.Text;
using Microsoft.DotNet.Interactive.Documents;

namespace Benchmarks.Engine;

/// <summary>
/// The small notebook the engine benchmarks run: ten C# cells of the kind a research notebook has (a
/// parameters cell, records, LINQ over a few thousand values, string formatting, async, a dictionary, a display
/// update). <see cref="FileBasedApp"/> is the same code as a .NET 10 file-based app.
/// </summary>
internal static class TenCellNotebook
{
    public static readonly string[] Cells =
    [
        "// parameters\nvar window = 60;\nvar seed = 42;",
        "record Bar(int Day, double Close);",
        "var random = new Random(seed);\nvar price = 100.0;\nvar bars = new List<Bar>();\nfor (var day = 0; day < 2_000; day++)\n{\n    price *= 1 + (random.NextDouble() - 0.5) / 50;\n    bars.Add(new Bar(day, price));\n}",
        "var returns = bars.Zip(bars.Skip(1), (a, b) => Math.Log(b.Close / a.Close)).ToArray();\nConsole.WriteLine($\"{returns.Length} returns\");",
        "double Mean(IEnumerable<double> xs) => xs.Average();\ndouble StdDev(IReadOnlyList<double> xs)\n{\n    var m = Mean(xs);\n    return Math.Sqrt(xs.Sum(x => (x - m) * (x - m)) / (xs.Count - 1));\n}",
        "var rolling = Enumerable.Range(window, returns.Length - window)\n    .Select(i => StdDev(returns[(i - window)..i]) * Math.Sqrt(252))\n    .ToArray();\nConsole.WriteLine($\"last rolling vol {rolling[^1]:F4}\");",
        "var byDecile = returns.GroupBy(r => Math.Clamp((int)((r + 0.01) * 500), 0, 9)).ToDictionary(g => g.Key, g => g.Count());\nConsole.WriteLine(string.Join(\", \", byDecile.OrderBy(p => p.Key).Select(p => $\"{p.Key}:{p.Value}\")));",
        "async Task<double> SlowMaxAsync(IEnumerable<double> xs)\n{\n    await Task.Yield();\n    return xs.Max();\n}\nvar best = await SlowMaxAsync(returns);\nConsole.WriteLine($\"best day {best:P2}\");",
        "var sb = new StringBuilder();\nforeach (var bar in bars.Where(b => b.Day % 250 == 0)) sb.AppendLine($\"{bar.Day,5} {bar.Close,10:F2}\");\nConsole.Write(sb);",
        "var summary = new { Bars = bars.Count, Mean = Mean(returns), Vol = StdDev(returns) * Math.Sqrt(252) };\nConsole.WriteLine(summary);",
    ];

    public static InteractiveDocument Notebook => new([.. Cells.Select(c => new InteractiveDocumentElement(c, "csharp", []))]);

    /// <summary>
    /// The same statements in the same order as a .NET 10 file-based app (<c>dotnet run ten-cells.cs</c>); the
    /// record declaration moves to the end, as top-level programs require, and System.Text is imported as the
    /// notebook's default usings do.
    /// </summary>
    public static string FileBasedApp() =>
        "using System.Text;\n\n" + string.Join("\n\n", Cells.Where(c => !c.StartsWith("record ", StringComparison.Ordinal)))
        + "\n\n" + string.Join("\n", Cells.Where(c => c.StartsWith("record ", StringComparison.Ordinal))) + "\n";

    /// <summary>The notebook as .dib text (the canonical writer's layout), for the CLI process benchmarks.</summary>
    public static string DibText() =>
        string.Concat(Cells.Select(c => new StringBuilder("#!csharp\n\n").Append(c).Append("\n\n").ToString()));
}
