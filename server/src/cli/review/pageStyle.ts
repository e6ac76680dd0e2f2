// The review page's stylesheet: a sober document for screen and A4 paper. Fonts are the ones an office
// PC has (Windows, macOS, Linux CJK fonts); nothing is fetched.
export const PAGE_STYLE = `
:root { --ink: #1d1d1f; --muted: #5b6068; --rule: #c9ccd1; --red: #b3261e; --head: #f3f4f6; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px 28px 48px; color: var(--ink); background: #fff;
  font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Hiragino Sans GB", sans-serif;
  font-size: 14px; line-height: 1.55; }
header { border-bottom: 3px solid var(--red); padding-bottom: 10px; margin-bottom: 16px; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimHei", "黑体", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  font-size: 24px; font-weight: 700; color: var(--red); text-align: center; letter-spacing: 2px; margin: 6px 0 8px; }
h2 { font-size: 17px; font-family: "SimHei", "黑体", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 26px 0 10px; padding-left: 8px; border-left: 4px solid var(--red); }
h3 { font-size: 14px; margin: 14px 0 6px; }
.meta { text-align: center; color: var(--muted); margin: 2px 0; }
.totals { display: flex; justify-content: center; gap: 18px; flex-wrap: wrap; margin-top: 6px; }
.totals b { font-size: 16px; }
.totals .late b { color: var(--red); }
.controls { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; padding: 8px 10px; background: var(--head); border: 1px solid var(--rule); margin-bottom: 8px; }
.controls select { font: inherit; padding: 2px 4px; }
.controls .shown { margin-left: auto; color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
#reports { font-size: 13px; }
#reports th, #reports td { border: 1px solid var(--rule); padding: 4px 6px; vertical-align: top; }
#reports th { background: var(--head); font-weight: 600; white-space: nowrap; cursor: pointer; user-select: none; }
#reports th[aria-sort="ascending"]::after { content: " ▲"; font-size: 10px; }
#reports th[aria-sort="descending"]::after { content: " ▼"; font-size: 10px; }
#reports td.num, #reports td.part { text-align: center; white-space: nowrap; }
#reports td.title a { color: inherit; text-decoration: none; border-bottom: 1px dotted var(--muted); }
#reports tr.is-late td.deadline { color: var(--red); font-weight: 700; }
#reports tr.not-checked td { color: var(--muted); background: #fafafa; }
.yes { color: #2e7d4f; } .no { color: var(--red); font-weight: 700; } .optional { color: var(--muted); }
.sev-error { color: #b3261e; } .sev-warning { color: #c77700; } .sev-information { color: #2f5d9e; } .sev-hint { color: #8a8f98; }
.zero { color: #b0b4ba; }
.times { color: var(--muted); font-weight: 600; white-space: nowrap; }
.file { color: var(--muted); font-size: 12px; word-break: break-all; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 10px; align-items: start; }
figure { margin: 0; padding: 10px 12px; border: 1px solid var(--rule); break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 6px; }
figure svg { max-width: 100%; height: auto; }
.chart-note, .empty-chart { color: var(--muted); margin: 4px 0 0; }
details.report { border: 1px solid var(--rule); margin: 8px 0; }
details.report > summary { padding: 6px 10px; background: var(--head); cursor: pointer; font-weight: 600; }
details.report > summary .file { font-weight: 400; margin-left: 8px; }
details.report > div { padding: 4px 14px 12px; }
.facts { color: var(--muted); margin: 6px 0; }
.outline { list-style: none; padding: 0; margin: 0; columns: 2; column-gap: 24px; }
.outline li { break-inside: avoid; }
.outline .d1 { padding-left: 1.6em; color: var(--muted); }
.ln { display: inline-block; min-width: 3.2em; color: var(--muted); font-variant-numeric: tabular-nums; }
table.findings { font-size: 13px; }
table.findings th, table.findings td { border-bottom: 1px solid var(--rule); padding: 3px 6px; text-align: left; vertical-align: top; }
table.findings th { background: var(--head); white-space: nowrap; }
table.findings td:nth-child(-n+3) { white-space: nowrap; }
table.findings td.src { color: #333; font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; }
body.editor-links tr.finding { cursor: pointer; }
body.editor-links tr.finding:hover td { background: #eef3fb; }
details.more > summary { cursor: pointer; color: #2f5d9e; margin: 6px 0; }
.passage { margin: 2px 0 6px 1.2em; font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; }
.empty { padding: 40px; text-align: center; font-size: 16px; color: var(--muted); border: 1px dashed var(--rule); }
footer { margin-top: 28px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12px; }
[hidden] { display: none !important; }
@page { size: A4; margin: 16mm 12mm 16mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .controls, details.more > summary { display: none; }
  #reports { font-size: 9pt; }
  #reports th { cursor: auto; }
  #reports tr { break-inside: avoid; }
  #reports td.title a { border: 0; }
  h2 { break-after: avoid; }
  details.report { break-inside: auto; border: 0; border-top: 1px solid var(--rule); }
  details.report > summary { background: none; list-style: none; }
  .outline { columns: 2; }
  .charts { grid-template-columns: 1fr; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
