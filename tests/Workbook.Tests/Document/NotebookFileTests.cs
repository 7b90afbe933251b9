using System.Text;
using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;
using static TestSupport.Notebooks.Documents;

namespace Workbook.Tests.Document;

public class NotebookFileTests
{
    private static InteractiveDocument Sample() => Of(Cell("markdown", "# T"), Cell("csharp", "var x = 1;\nx"));

    [Fact]
    public void SaveThenLoad_Dib_WritesCanonicalTextAndReadsItBack()
    {
        using var temp = new TempFolder();
        var path = temp.File("a.dib");
        NotebookFile.Save(Sample(), path);
        Assert.Equal("#!markdown\n\n# T\n\n#!csharp\n\nvar x = 1;\nx\n", File.ReadAllText(path));
        Assert.Equal(Cells(Sample()), Cells(NotebookFile.Load(path)));
    }

    [Fact]
    public void SaveThenLoad_Ipynb_IncludesOutputsAndReadsThemBack()
    {
        using var temp = new TempFolder();
        var path = temp.File("nested/dir/a.IPYNB");
        var document = Sample();
        var result = new ReturnValueElement { ExecutionOrder = 1 };
        result.Data["text/plain"] = "1";
        document.Elements[1].Outputs.Add(result);
        document.Elements[1].ExecutionOrder = 1;
        NotebookFile.Save(document, path);
        Assert.Equal(IpynbFormat.Write(document), File.ReadAllText(path));
        var loaded = NotebookFile.Load(path);
        Assert.Equal(Cells(document), Cells(loaded));
        Assert.Equal(1, loaded.Elements[1].ExecutionOrder);
        Assert.IsType<ReturnValueElement>(Assert.Single(loaded.Elements[1].Outputs));
    }

    [Fact]
    public void Save_ReplacesAnExistingFile_AndLeavesNoTemporaryFiles()
    {
        using var temp = new TempFolder();
        var path = temp.File("a.dib");
        File.WriteAllText(path, "old content that is longer than the new one, to catch truncation bugs ...........");
        NotebookFile.Save(Of(Cell("csharp", "new")), path);
        Assert.Equal("#!csharp\n\nnew\n", File.ReadAllText(path));
        Assert.Equal(["a.dib"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Save_WhenTheRenameFails_LeavesTheTargetAndNoTemporaryFile()
    {
        using var temp = new TempFolder();
        var path = temp.File("taken.dib");
        Directory.CreateDirectory(path);
        Assert.ThrowsAny<IOException>(() => NotebookFile.Save(Sample(), path));
        Assert.True(Directory.Exists(path));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Save_UnsupportedExtension_IsAnArgumentError()
    {
        using var temp = new TempFolder();
        var error = Assert.Throws<ArgumentException>(() => NotebookFile.Save(Sample(), temp.File("a.md")));
        Assert.Contains("unsupported extension '.md'; expected .dib or .ipynb.", error.Message);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Load_MissingFile_NamesThePath()
    {
        using var temp = new TempFolder();
        var path = temp.File("missing.dib");
        var error = Assert.Throws<NotebookFormatException>(() => NotebookFile.Load(path));
        Assert.Equal($"{path}: no such file.", error.Message);
        Assert.Throws<NotebookFormatException>(() => NotebookFile.Load(temp.File("no/such/dir/x.ipynb")));
    }

    [Fact]
    public void Load_Directory_IsAnErrorNamingThePath()
    {
        using var temp = new TempFolder();
        var path = temp.File("folder.dib");
        Directory.CreateDirectory(path);
        var error = Assert.Throws<NotebookFormatException>(() => NotebookFile.Load(path));
        Assert.StartsWith($"{path}: cannot read the file:", error.Message);
    }

    [Fact]
    public void Load_UnsupportedExtension_NamesThePath()
    {
        var error = Assert.Throws<NotebookFormatException>(() => NotebookFile.Load("notes.txt"));
        Assert.Equal("notes.txt: unsupported extension '.txt'; expected .dib or .ipynb.", error.Message);
    }

    [Fact]
    public void Load_InvalidUtf8_IsAnError()
    {
        using var temp = new TempFolder();
        var path = temp.File("latin1.dib");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("#!csharp\n// caf"), 0xE9, (byte)'\n']);
        var error = Assert.Throws<NotebookFormatException>(() => NotebookFile.Load(path));
        Assert.Equal($"{path}: the file is not valid UTF-8 text.", error.Message);
    }

    [Fact]
    public void Load_MalformedDib_ReportsPathLineAndColumn()
    {
        using var temp = new TempFolder();
        var path = temp.File("bad.dib");
        File.WriteAllText(path, "#!meta\n\n{\"kernelInfo\": }\n\n#!csharp\nx\n");
        var error = Assert.Throws<NotebookFormatException>(() => NotebookFile.Load(path));
        Assert.Equal((path, 3, 16), (error.Path, error.Line, error.Column));
    }

    [Fact]
    public void Load_BomAndCrlfFile_FromDisk()
    {
        using var temp = new TempFolder();
        var path = temp.File("bom.dib");
        File.WriteAllText(path, "#!md\r\n\r\nHi\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal([("markdown", "Hi")], Cells(NotebookFile.Load(path)));
    }
}
