using System.Globalization;
using Xunit.Abstractions;

namespace RealKernel.Tests;

/// <summary>
/// Every research notebook, unchanged, in the real .NET Interactive kernel (its Jupyter mode, driven by Debian's
/// nbclient, as VS Code's Jupyter extension would drive it): no error, no compiler warning, and every code cell's
/// outputs identical to the workbook engine's.
/// </summary>
public class RealKernelTests(ITestOutputHelper log)
{
    public static TheoryData<string> Notebooks() =>
        [.. Directory.GetFiles(Repository.Notebooks, "*.dib").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [RealKernelFact]
    public void The_kernel_under_test_is_the_pinned_tool_version()
    {
        Assert.Empty(RealKernel.Missing());
        Assert.True(Directory.Exists(RealKernel.ToolStore), $"expected Microsoft.dotnet-interactive {RealKernel.ToolVersion} at {RealKernel.ToolStore}");
    }

    [RealKernelTheory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_unchanged_in_the_real_kernel_with_the_engines_outputs(string notebook)
    {
        Assert.Empty(RealKernel.Missing());
        var scratch = Directory.CreateTempSubdirectory("real-kernel-").FullName;
        var ours = Path.Combine(scratch, "ours");
        var source = Path.Combine(Repository.Notebooks, notebook);
        var stem = Path.GetFileNameWithoutExtension(notebook);

        var engine = await ToolResult.RunAsync(
            "dotnet", [Repository.WorkbookCli, "run", source, "--ipynb", ours, "--html", Path.Combine(scratch, "html")],
            Repository.Root, TimeSpan.FromMinutes(10));
        Assert.True(engine.ExitCode == 0, "the workbook engine failed:\n" + engine);
        var oursPath = Path.Combine(ours, stem + ".ipynb");

        // The engine's executed .ipynb is the .dib's own conversion; the script clears its outputs before the run.
        var kernelPath = Path.Combine(scratch, stem + ".kernel.ipynb");
        var kernel = await ToolResult.RunAsync(
            RealKernel.Python,
            [Path.Combine(AppContext.BaseDirectory, "run_in_kernel.py"), oursPath, RealKernel.KernelName, Repository.Notebooks, kernelPath],
            Repository.Notebooks, TimeSpan.FromMinutes(15));
        Assert.True(kernel.ExitCode == 0, "nbclient could not run the notebook in the real kernel:\n" + kernel);

        var expected = NotebookOutputs.Read(oursPath);
        var actual = NotebookOutputs.Read(kernelPath);
        Assert.Equal(expected.Select(c => c.CellNumber), actual.Select(c => c.CellNumber));
        var different = expected.Zip(actual).Where(p => !p.First.Outputs.SequenceEqual(p.Second.Outputs, StringComparer.Ordinal)).ToList();
        var errors = NotebookOutputs.Errors(actual);
        var warnings = NotebookOutputs.Warnings(actual);

        var kernelSeconds = double.Parse(kernel.Output.Trim().Split('\n')[^1], CultureInfo.InvariantCulture);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{notebook}: {expected.Count} code cells compared, {expected.Count - different.Count} identical, {errors.Count} errors, {warnings.Count} warnings; real kernel {kernelSeconds:0.0} s, ours {engine.Elapsed.TotalSeconds:0.0} s");
        log.WriteLine(line);
        Directory.CreateDirectory(Repository.SummaryFolder);
        File.WriteAllText(Path.Combine(Repository.SummaryFolder, stem + ".txt"), line + "\n");

        Assert.True(errors.Count == 0, $"{notebook} failed in the real kernel:\n{string.Join("\n", errors)}");
        Assert.True(warnings.Count == 0, $"{notebook} printed compiler warnings in the real kernel:\n{string.Join("\n", warnings.Distinct())}");
        Assert.True(different.Count == 0, $"{line}\n" + string.Join("\n", different.Take(3).Select(d => Difference(d.First, d.Second))));
        Directory.Delete(scratch, recursive: true);
    }

    private static string Difference(CellOutputs ours, CellOutputs kernel)
    {
        static string Excerpt(IReadOnlyList<string> outputs) =>
            string.Join("\n  ---\n", outputs.Select(o => "  " + (o.Length > 600 ? o[..600] + " …" : o)));
        return $"cell {ours.CellNumber}:\n ours ({ours.Outputs.Count} outputs):\n{Excerpt(ours.Outputs)}\n kernel ({kernel.Outputs.Count} outputs):\n{Excerpt(kernel.Outputs)}";
    }
}
