using Microsoft.CodeAnalysis;

namespace Workbook.Execution.Editing;

/// <summary>
/// Finds the XML documentation of a referenced assembly: the file beside it (NuGet packages and built libraries
/// ship it there), or for the shared framework, whose runtime folder has none, the .NET SDK's reference pack
/// (documentation comments are keyed by member id, so the reference assembly's file fits the implementation).
/// </summary>
internal static class ReferenceDocumentation
{
    private static readonly Lazy<string?> frameworkDocs = new(FindReferencePack);

    public static DocumentationProvider For(string assemblyPath)
    {
        var beside = Path.ChangeExtension(assemblyPath, ".xml");
        if (File.Exists(beside)) return XmlDocumentationProvider.CreateFromFile(beside);
        if (frameworkDocs.Value is { } folder
            && string.Equals(Path.GetDirectoryName(assemblyPath), Path.GetDirectoryName(typeof(object).Assembly.Location), StringComparison.Ordinal)
            && Path.Combine(folder, ReferenceName(Path.GetFileNameWithoutExtension(assemblyPath)) + ".xml") is var framework
            && File.Exists(framework))
        {
            return XmlDocumentationProvider.CreateFromFile(framework);
        }
        return DocumentationProvider.Default;
    }

    // The core types live in System.Private.CoreLib at run time; the reference pack documents them as System.Runtime.
    private static string ReferenceName(string implementation) =>
        implementation == "System.Private.CoreLib" ? "System.Runtime" : implementation;

    // <dotnet>/shared/Microsoft.NETCore.App/<version>/ -> <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.<minor>/
    private static string? FindReferencePack()
    {
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        if (runtime.Parent?.Parent?.Parent is not { } root) return null;
        var packs = Path.Combine(root.FullName, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs)) return null;
        var target = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        var exact = Path.Combine(packs, runtime.Name, "ref", target);
        if (Directory.Exists(exact)) return exact;
        return Directory.GetDirectories(packs)
            .Select(version => Path.Combine(version, "ref", target))
            .Where(Directory.Exists)
            .OrderByDescending(path => path, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
