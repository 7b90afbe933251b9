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

  // Charts follow the colour scheme: in dark mode their background, grid and text take the page's palette; the
  // chart's own settings are kept aside and restored in light mode.
  function charts() {
    return window.Plotly ? Array.prototype.slice.call(document.querySelectorAll('.js-plotly-plot')) : [];
  }
  function lookup(layout, path) {
    return path.split('.').reduce(function (node, key) { return node == null ? undefined : node[key]; }, layout);
  }
  function themedKeys(chart) {
    var keys = ['paper_bgcolor', 'plot_bgcolor', 'font.color', 'legend.bgcolor'];
    Object.keys(chart._fullLayout || {}).forEach(function (key) {
      if (/^[xy]axis\d*$/.test(key)) keys.push(key + '.gridcolor', key + '.zerolinecolor', key + '.linecolor');
    });
    return keys;
  }
  var darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
  function applyScheme() {
    var css = getComputedStyle(document.documentElement);
    var dark = darkScheme.matches;
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
          plot_bgcolor: css.getPropertyValue('--chart-plot').trim(),
          'font.color': css.getPropertyValue('--fg').trim(),
          'legend.bgcolor': 'rgba(0,0,0,0)'
        };
        var grid = css.getPropertyValue('--chart-grid').trim();
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
  applyScheme();
  if (darkScheme.addEventListener) darkScheme.addEventListener('change', applyScheme);

  // Printing: charts are redrawn at the width of an A4 page's text block (210 mm less 2 × 15 mm margins, at
  // 96 px per inch), then given back their screen width.
  var printWidth = Math.floor(180 / 25.4 * 96);
  window.addEventListener('beforeprint', function () {
    charts().forEach(function (chart) {
      chart.__screenWidth = chart.layout.width === undefined ? null : chart.layout.width;
      window.Plotly.relayout(chart, { width: Math.min(printWidth, chart.layout.width || printWidth) });
    });
  });
  window.addEventListener('afterprint', function () {
    charts().forEach(function (chart) {
      if (chart.__screenWidth === undefined) return;
      window.Plotly.relayout(chart, { width: chart.__screenWidth });
      delete chart.__screenWidth;
    });
  });
})();
