using Reports.Tests.Fixtures;
using Workbook.Rendering;
namespace Reports.Tests.Smoke;
public class SmokeTests
{
    [Fact]
    public async Task Write()
    {
        var dir = "/tmp/smoke";
        Directory.CreateDirectory(dir);
        var run = SampleRuns.Research(dir);
        await HtmlReport.WriteAsync(run, Path.Combine(dir, "reports"), new ReportOptions() { DataDirectory = RepoPaths.Data });
        await HtmlReport.WriteAsync(SampleRuns.Failing(dir), Path.Combine(dir, "reports"), new ReportOptions());
        await HtmlReport.WriteIndexAsync([run], Path.Combine(dir, "reports"));
    }
}
