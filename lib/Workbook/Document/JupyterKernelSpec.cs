namespace Workbook.Document;

/// <summary>
/// The kernel an .ipynb's <c>metadata.kernelspec</c> names, which Jupyter front ends start when they open it.
/// </summary>
/// <param name="Name">The kernelspec's folder name (<c>.net-csharp</c>, <c>workbook-csharp</c>).</param>
/// <param name="DisplayName">What the kernel picker shows.</param>
public sealed record JupyterKernelSpec(string Name, string DisplayName)
{
    /// <summary>.NET Interactive's C# kernel, as VS Code's Polyglot Notebooks expects it.</summary>
    public static JupyterKernelSpec DotNetInteractive { get; } = new(".net-csharp", ".NET (C#)");

    /// <summary>This engine's own Jupyter kernel (<c>workbook kernel install</c>).</summary>
    public static JupyterKernelSpec Workbook { get; } = new("workbook-csharp", "C# (workbook)");
}
