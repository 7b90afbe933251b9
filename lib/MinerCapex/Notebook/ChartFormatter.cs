using System.Text.Json.Nodes;
using Plotly.NET;

namespace MinerCapex.Notebook;

/// <summary>
/// A Plotly.NET chart as an HTML fragment: a <c>div</c> and one inline script that draws the chart into it.
/// </summary>
/// <remarks>
/// <para>The script draws at once when <c>window.Plotly</c> exists, as in a workbook report, which inlines
/// plotly.js once in its head and so needs no network. Otherwise (a notebook front end such as VS Code) it loads
/// plotly.js from the CDN first, once per page: through require.js when the page has an AMD loader (plotly.js
/// would register as an anonymous module there and never set <c>window.Plotly</c>), else through a script tag.</para>
/// <para>The figure is Plotly.NET's own (<see cref="GenericChart.toFigureJson"/> plus the chart's config), written
/// with <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped as <c>\u003c</c>-style sequences. Plotly.NET's
/// <see cref="GenericChart.toChartHTML"/> embeds the JSON as is, so a trace name or title from data containing
/// <c>&lt;/script&gt;</c> would end its script and inject markup; this fragment is safe for any text.</para>
/// <para>A chart whose width is still Plotly.NET's default (<see cref="Defaults.DefaultWidth"/>, that is, one the
/// author did not size) loses that width so that it fills its container and follows it when the window is
/// resized or the page printed; its height is kept.</para>
/// </remarks>
public static class ChartFormatter
{
    /// <summary>Where notebook front ends without plotly.js load it from: the version Plotly.NET targets.</summary>
    public static string PlotlyCdnUrl => $"https://cdn.plot.ly/plotly-{Globals.PLOTLYJS_VERSION}.min.js";

    /// <summary>Plotly's MIME type for a figure (data, layout, config), as Jupyter front ends' Plotly renderers read it.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The class on the chart's outer <c>div</c>; reports size and theme charts through it.</summary>
    public const string CssClass = "plotly-chart";

    /// <summary>The chart as a <c>div</c> plus script, with a fresh element id.</summary>
    public static string ToHtml(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var id = "plotly-" + Guid.NewGuid().ToString("N");
        var figure = Figure(chart);
        return $$"""
            <div class="{{CssClass}}"><div id="{{id}}"></div><script type="text/javascript">
            (function () {
              var id = '{{id}}';
              var figure = {{figure}};
              function render() { window.Plotly.newPlot(id, figure); }
              if (window.Plotly) { render(); return; }
              var url = '{{PlotlyCdnUrl}}';
              if (typeof window.define === 'function' && window.define.amd && typeof window.require === 'function') {
                window.require([url], function (plotly) { window.Plotly = window.Plotly || plotly; render(); });
                return;
              }
              if (!window.__plotlyLoading) {
                window.__plotlyLoading = new Promise(function (resolve, reject) {
                  var script = document.createElement('script');
                  script.src = url;
                  script.onload = resolve;
                  script.onerror = reject;
                  document.head.appendChild(script);
                });
              }
              window.__plotlyLoading.then(render, function () {
                document.getElementById(id).textContent = 'This chart needs plotly.js, which could not be loaded from ' + url + '.';
              });
            })();
            </script></div>
            """;
    }

    /// <summary>The figure (data, layout, frames, config) as HTML-safe JSON.</summary>
    internal static string Figure(GenericChart chart)
    {
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart))!.AsObject();
        if (figure["layout"] is JsonObject layout && layout["width"] is JsonValue width
            && width.TryGetValue<double>(out var w) && w == Defaults.DefaultWidth)
        {
            layout.Remove("width");
        }
        figure["config"] = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getConfig(chart)));
        // The default encoder escapes <, >, &, ' and non-ASCII as \uXXXX, so no text inside can close the script.
        return figure.ToJsonString();
    }
}
