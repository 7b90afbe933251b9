using Microsoft.Playwright;
using Workbook.IO;

namespace Workbook.Publishing;

/// <summary>
/// A written report printed to an A4 PDF by Chromium, with its print stylesheet: the report header on page 1, code
/// folded away, charts as their static images, and the report's title and "page N of M" in every page's footer.
/// </summary>
internal static class ReportPdf
{
    private const string Footer =
        "<div style=\"font: 8px sans-serif; color: #555; width: 100%; padding: 0 15mm; display: flex; justify-content: space-between;\">"
        + "<span class=\"title\"></span><span>page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span></div>";

    public static async Task WriteAsync(ReportPrinter printer, string reportPath, string pdfPath, CancellationToken cancellationToken)
    {
        var (context, page) = await printer.OpenAsync(reportPath);
        try
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<div></div>",
                FooterTemplate = Footer,
                Margin = new Margin { Top = "15mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
            });
            await AtomicFile.WriteBytesAsync(pdfPath, pdf, cancellationToken);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
