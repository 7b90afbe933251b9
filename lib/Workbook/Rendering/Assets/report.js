// Workbook report behaviour, inlined at the end of every report. No network, no dependencies; plotly.js (when the
// report has charts) is already loaded from the head.
(function () {
  'use strict';

  // Copy buttons: the code's text, through the clipboard API where the page may use it, else a selection.
  function copyBySelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    area.remove();
    return copied;
  }
  document.querySelectorAll('button.copy').forEach(function (button) {
    button.addEventListener('click', function () {
      var code = button.parentElement.querySelector('code');
      var text = code ? code.textContent : '';
      var show = function (copied) {
        button.textContent = copied ? 'Copied' : 'Copy failed';
        setTimeout(function () { button.textContent = 'Copy'; }, 1500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { show(true); }, function () { show(copyBySelection(text)); });
      } else {
        show(copyBySelection(text));
      }
    });
  });

  // Table of contents: highlight the entry of the heading last scrolled past.
  var tocLinks = {};
  document.querySelectorAll('.toc a[href^="#"]').forEach(function (link) {
    tocLinks[decodeURIComponent(link.getAttribute('href').slice(1))] = link;
  });
  if ('IntersectionObserver' in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        document.querySelectorAll('.toc a.active').forEach(function (a) { a.classList.remove('active'); });
        var link = tocLinks[entry.target.id];
        if (link) link.classList.add('active');
      });
    }, { rootMargin: '0px 0px -75% 0px' });
    Object.keys(tocLinks).forEach(function (id) {
      var target = document.getElementById(id);
      if (target) observer.observe(target);
    });
  }

  function store(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* not remembered, still applied */ }
  }
  function stored(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  // Contents: folded behind its title on narrow screens, open beside the text on wide ones.
  var wide = window.matchMedia('(min-width: 1100px)');
  var tocFold = document.querySelector('.toc-fold');
  function placeToc() { if (tocFold) tocFold.open = wide.matches; }
  placeToc();
  if (wide.addEventListener) wide.addEventListener('change', placeToc);
  document.querySelectorAll('.toc a').forEach(function (link) {
    link.addEventListener('click', function () { if (tocFold && !wide.matches) tocFold.open = false; });
  });

  // Show or hide all code, remembered across reports. A failed cell's code stays open.
  var codeToggle = document.getElementById('code-toggle');
  function showCode(shown) {
    document.querySelectorAll('details.code').forEach(function (details) {
      details.open = shown || !!details.closest('.cell-failed');
    });
    if (codeToggle) {
      codeToggle.textContent = shown ? 'Hide all code' : 'Show all code';
      codeToggle.setAttribute('aria-pressed', shown ? 'true' : 'false');
    }
  }
  if (stored('workbook.code') === 'shown') showCode(true);
  if (codeToggle) {
    if (stored('workbook.code') !== 'shown' && document.querySelector('.cell:not(.cell-failed) details.code[open]')) {
      codeToggle.textContent = 'Hide all code';
      codeToggle.setAttribute('aria-pressed', 'true');
    }
    codeToggle.addEventListener('click', function () {
      var shown = codeToggle.getAttribute('aria-pressed') !== 'true';
      store('workbook.code', shown ? 'shown' : 'hidden');
      showCode(shown);
    });
  }

  // Charts follow the colour scheme: in dark mode their background, grid and text take the page's palette; the
  // chart's own settings are kept aside and restored in light mode.
  function charts() {
    return window.Plotly ? Array.prototype.slice.call(document.querySelectorAll('.js-plotly-plot')) : [];
  }
  function lookup(layout, path) {
    return path.split('.').reduce(function (node, key) { return node == null ? undefined : node[key]; }, layout);
  }
  function themedKeys(chart) {
    var keys = ['paper_bgcolor', 'plot_bgcolor', 'font.color', 'legend.bgcolor', 'modebar.bgcolor'];
    Object.keys(chart._fullLayout || {}).forEach(function (key) {
      if (/^[xy]axis\d*$/.test(key)) keys.push(key + '.gridcolor', key + '.zerolinecolor', key + '.linecolor');
    });
    return keys;
  }
  // The palette's colours as the browser resolves them (they are light-dark() pairs in the stylesheet).
  var probe = document.createElement('span');
  probe.style.display = 'none';
  document.body.appendChild(probe);
  function paletteColor(name) {
    probe.style.color = 'var(' + name + ')';
    return getComputedStyle(probe).color;
  }
  var darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
  var themeSwitch = document.getElementById('theme-switch');
  function theme() {
    var chosen = document.documentElement.getAttribute('data-theme');
    return chosen === 'light' || chosen === 'dark' ? chosen : 'auto';
  }
  function isDark() {
    var chosen = theme();
    return chosen === 'dark' || (chosen === 'auto' && darkScheme.matches);
  }
  function applyScheme(forceLight) {
    var dark = !forceLight && isDark();
    charts().forEach(function (chart) {
      var update = {};
      if (dark) {
        var keys = themedKeys(chart);
        if (!chart.__lightLayout) {
          chart.__lightLayout = {};
          keys.forEach(function (key) {
            var value = lookup(chart.layout, key);
            chart.__lightLayout[key] = value === undefined ? null : value;
          });
        }
        var colors = {
          paper_bgcolor: 'rgba(0,0,0,0)',
          plot_bgcolor: paletteColor('--chart-plot'),
          'font.color': paletteColor('--fg'),
          'legend.bgcolor': 'rgba(0,0,0,0)',
          'modebar.bgcolor': 'rgba(0,0,0,0)'
        };
        var grid = paletteColor('--chart-grid');
        keys.forEach(function (key) { update[key] = key in colors ? colors[key] : grid; });
      } else if (chart.__lightLayout) {
        update = chart.__lightLayout;
        chart.__lightLayout = null;
      } else {
        return;
      }
      window.Plotly.relayout(chart, update);
    });
  }
  function setTheme(chosen) {
    if (chosen === 'light' || chosen === 'dark') document.documentElement.setAttribute('data-theme', chosen);
    else document.documentElement.removeAttribute('data-theme');
    store('workbook.theme', chosen);
    applyScheme();
  }
  if (themeSwitch) {
    themeSwitch.value = theme();
    themeSwitch.addEventListener('change', function () { setTheme(themeSwitch.value); });
  }
  applyScheme();
  if (darkScheme.addEventListener) darkScheme.addEventListener('change', function () { applyScheme(); });

  // Charts follow their container's width (phones, resized windows). A chart sized by its author is never drawn
  // wider than its box; on a narrow screen a tall chart is made shorter, and a heatmap writes smaller numbers and
  // keeps every label.
  function fitCharts() {
    charts().forEach(function (chart) {
      var box = chart.closest('.output-chart');
      var width = box ? box.clientWidth - 8 : 0;
      if (width <= 0) return;
      if (chart.__screen === undefined) chart.__screen = { width: chart.layout.width || null, height: chart.layout.height || null };
      var narrow = width < 600;
      var heatmaps = [];
      (chart.data || []).forEach(function (trace, i) { if (trace.type === 'heatmap') heatmaps.push(i); });
      var update = {};
      update.width = chart.__screen.width ? Math.min(chart.__screen.width, width) : width;
      if (chart.__screen.height) {
        var shorter = heatmaps.length ? width + 120 : Math.round(width * 1.1);
        update.height = narrow ? Math.max(320, Math.min(chart.__screen.height, shorter)) : chart.__screen.height;
      }
      if (heatmaps.length) {
        window.Plotly.restyle(chart, { 'textfont.size': narrow ? 7 : 9 }, heatmaps);
        update['xaxis.dtick'] = narrow ? 1 : null;
        update['yaxis.dtick'] = narrow ? 1 : null;
        update['xaxis.tickfont.size'] = narrow ? 8 : null;
        update['yaxis.tickfont.size'] = narrow ? 8 : null;
      }
      window.Plotly.relayout(chart, update);
    });
  }
  var resizeTimer = null;
  var lastWidth = window.innerWidth;
  window.addEventListener('resize', function () {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(fitCharts, 150);
  });
  if (window.innerWidth < 900) fitCharts();

  // Data out: every table and every chart offers its data as CSV. A table may carry its full data in a data-csv
  // attribute (a formatter that shows only the first rows); otherwise its cells are what it has.
  function csvField(value) {
    var text = value == null ? '' : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function csvOf(rows) {
    return rows.map(function (row) { return row.map(csvField).join(','); }).join('\n') + '\n';
  }
  function tableRows(table) {
    return Array.prototype.map.call(table.querySelectorAll('tr'), function (tr) {
      return Array.prototype.map.call(tr.querySelectorAll('th, td'), function (cell) {
        return cell.getAttribute('data-value') !== null ? cell.getAttribute('data-value') : cell.textContent.trim();
      });
    });
  }
  function chartRows(chart) {
    var rows = [['trace', 'x', 'y', 'z']];
    (chart.data || []).forEach(function (trace, t) {
      var name = trace.name || ('trace ' + (t + 1));
      if (trace.z && Array.isArray(trace.z[0])) {
        trace.z.forEach(function (row, i) {
          row.forEach(function (z, j) { rows.push([name, trace.x ? trace.x[j] : j, trace.y ? trace.y[i] : i, z]); });
        });
        return;
      }
      var n = Math.max((trace.x || []).length, (trace.y || []).length);
      for (var i = 0; i < n; i++) rows.push([name, trace.x ? trace.x[i] : i, trace.y ? trace.y[i] : '', '']);
    });
    return rows;
  }
  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  var reportName = (location.pathname.split('/').pop() || 'report').replace(/\.html?$/, '');
  document.querySelectorAll('figure.figure').forEach(function (figure) {
    var caption = figure.querySelector('figcaption');
    if (!caption) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'csv-download';
    button.textContent = 'Download CSV';
    button.addEventListener('click', function () {
      var name = reportName + '-' + figure.id + '.csv';
      var table = figure.querySelector('table[data-csv]') || figure.querySelector('table');
      if (figure.classList.contains('figure-table') && table) {
        download(name, table.hasAttribute('data-csv') ? table.getAttribute('data-csv') : csvOf(tableRows(table)));
      } else {
        var chart = figure.querySelector('.js-plotly-plot');
        if (chart) download(name, csvOf(chartRows(chart)));
      }
    });
    caption.appendChild(button);
  });

  // Printing: charts are drawn in light colours at the width of an A4 page's text block (210 mm less 2 × 15 mm
  // margins, at 96 px per inch), then given back their screen width and theme.
  var printWidth = Math.floor(180 / 25.4 * 96);
  window.addEventListener('beforeprint', function () {
    applyScheme(true);
    charts().forEach(function (chart) {
      chart.__printedFrom = chart.layout.width === undefined ? null : chart.layout.width;
      window.Plotly.relayout(chart, { width: Math.min(printWidth, chart.layout.width || printWidth) });
    });
  });
  window.addEventListener('afterprint', function () {
    charts().forEach(function (chart) {
      if (chart.__printedFrom === undefined) return;
      window.Plotly.relayout(chart, { width: chart.__printedFrom });
      delete chart.__printedFrom;
    });
    applyScheme();
    if (window.innerWidth < 900) fitCharts();
  });
})();
