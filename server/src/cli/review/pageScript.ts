// The review page's only script, plain JavaScript kept as a string so the page carries it inline:
// sorting by any column, the three filters, opening a report from its row, every report opened for
// printing, and (inside VS Code) a finding's click sent to the extension to open the report at its line.
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('reports');
  var vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
  if (vscode) document.body.classList.add('editor-links');

  if (table) {
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var collator = new Intl.Collator('zh-CN', { numeric: true });
    headers.forEach(function (th, column) {
      th.setAttribute('tabindex', '0');
      var sort = function () {
        var numeric = th.getAttribute('data-type') === 'num';
        var current = th.getAttribute('aria-sort');
        // Numbers first sort largest first (most findings on top), text A to Z.
        var descending = current ? current === 'ascending' : numeric;
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var rows = Array.prototype.slice.call(body.querySelectorAll('tr.report-row'));
        var value = function (row) {
          var cell = row.cells[column];
          var v = cell ? cell.getAttribute('data-v') : null;
          return v === null ? (cell ? cell.textContent : '') : v;
        };
        rows.sort(function (a, b) {
          var x = value(a), y = value(b);
          // Empty values (no date, no year) stay last whichever the direction.
          if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
          var order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
          return descending ? -order : order;
        });
        var notChecked = Array.prototype.slice.call(body.querySelectorAll('tr.not-checked'));
        rows.concat(notChecked).forEach(function (row) { body.appendChild(row); });
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    });

    var org = document.getElementById('filter-org');
    var part = document.getElementById('filter-part');
    var late = document.getElementById('filter-late');
    var shown = document.getElementById('shown-count');
    var filter = function () {
      var count = 0;
      Array.prototype.forEach.call(body.querySelectorAll('tr.report-row'), function (row) {
        var visible = (!org.value || row.getAttribute('data-org') === org.value)
          && (!part.value || (' ' + row.getAttribute('data-missing') + ' ').indexOf(' ' + part.value + ' ') >= 0)
          && (!late.checked || row.getAttribute('data-late') === 'true');
        row.hidden = !visible;
        var report = document.getElementById(row.getAttribute('data-report'));
        if (report) report.hidden = !visible;
        if (visible) count++;
      });
      shown.textContent = String(count);
    };
    [org, part, late].forEach(function (control) { if (control) control.addEventListener('change', filter); });

    body.addEventListener('click', function (e) {
      var link = e.target.closest ? e.target.closest('a[data-open]') : null;
      if (!link) return;
      e.preventDefault();
      var report = document.getElementById(link.getAttribute('data-open'));
      if (!report) return;
      report.open = true;
      report.scrollIntoView({ block: 'start' });
    });
  }

  document.addEventListener('click', function (e) {
    if (!vscode || !e.target.closest) return;
    var finding = e.target.closest('[data-line]');
    var report = finding && finding.closest('[data-uri]');
    if (!finding || !report) return;
    vscode.postMessage({ type: 'open', uri: report.getAttribute('data-uri'), line: Number(finding.getAttribute('data-line')) });
  });

  // Paper shows every report and every finding; the screen's choice comes back after printing.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
})();
`;
