using Workbook.Cli.Commands.Run;

namespace Workbook.Cli.Tests.Commands.Run;

/// <summary>Tiny notebooks for the run pipeline's steps, and settings for a run of them.</summary>
internal static class RunFixtures
{
    /// <summary>Declares <c>n = 2</c> and prints <c>n * 21</c>.</summary>
    public const string Parameterised = "#!csharp\n\n// parameters\nvar n = 2;\n\n#!csharp\n\nConsole.WriteLine(n * 21);\n";

    /// <summary>Declares <c>k = 3</c> and prints it.</summary>
    public const string OtherParameter = "#!csharp\n\n// parameters\nvar k = 3;\n\n#!csharp\n\nConsole.WriteLine(k);\n";

    /// <summary>One cell printing "quick".</summary>
    public const string Quick = "#!csharp\n\nConsole.WriteLine(\"quick\");\n";

    /// <summary>One cell that sleeps <paramref name="milliseconds"/> then prints "slow".</summary>
    public static string Slow(int milliseconds) => $"#!csharp\n\nSystem.Threading.Thread.Sleep({milliseconds});\nConsole.WriteLine(\"slow\");\n";

    /// <summary>Settings for running <paramref name="paths"/> with reports in <paramref name="html"/>, as the command line's defaults give.</summary>
    public static RunSettings Settings(string html, string? ipynb, IReadOnlyList<string> paths, params string[] parameters) =>
        new(paths, html, ipynb, parameters, ContinueOnError: false, CellTimeoutSeconds: 300, SkipUnsupported: false, ShowCode: false, Jobs: 2, MaxOutput: "1MB,20MB");

    /// <summary>The plan <c>workbook run</c> makes of <paramref name="settings"/>.</summary>
    public static RunPlan Plan(RunSettings settings) => RunPlan.Create(RunInputs.Read(settings));
}
