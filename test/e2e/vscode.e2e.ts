import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeServer } from './support/codeServer';
import { codeServerSession } from './support/session';
import { until } from './support/until';
import type { Workbench } from './support/workbench';
import { newReportSnippet, reportYearFor } from '../../server/src/service/templates/reportTemplates';
import { toPlainText } from '../../server/src/service/templates/snippetText';
import { type CliSymbol, cliFindings, cliLookup, cliOutline, cliReview, DRAFTS, makeWorkspace, manifestStrings, SHARED_PHRASE, WORD_REPORT } from './support/workspace';

// One code-server and one browser for the whole suite; the steps run in order, as a writer's session
// would, each ending with a screenshot in .e2e/shots.
const SEED = '001_c2acbeb1ffed216f.txt';

describe('VS Code (code-server in Chromium)', function () {
  const session = codeServerSession('shots', makeWorkspace);
  let server: CodeServer;
  let wb: Workbench;
  let workspace: string;
  // code-server localises an extension's manifest from package.nls.en.json in most runs but from the
  // default package.nls.json in some (the language it passes to its extension scanner is not always set);
  // the first step finds out which one this run shows, and the later steps use the same.
  let manifest: Record<string, string>;

  before(() => ({ server, wb, workspace } = session()));

  it('opens a seed in the law-report language (status bar)', async () => {
    await wb.openFile(SEED);
    // Seeds are plain .txt files: the extension recognises the report from its first lines.
    const mode = wb.page.locator('[id="status.editor.mode"]');
    await mode.filter({ hasText: /法治政府建设年度报告/ }).waitFor({ timeout: 60_000 });
    const shown = await wb.languageMode();
    const found = manifestStrings().find((m) => m['language.name'] === shown);
    assert.ok(found, `the status bar shows “${shown}”, which is not the language's name`);
    manifest = found;
    await wb.shot('seed-language');
  });

  it("lists the seed's parts and sub-headings in the Outline view, nested", async () => {
    const expected = flatten(cliOutline(join(workspace, 'seeds', SEED)));
    const rows = await wb.outline(expected[0].name);
    await wb.shot('outline');
    // The view draws only the rows that fit; every row it draws must be the next symbol, at its depth.
    assert.ok(rows.length >= 10, `only ${rows.length} rows drawn`);
    rows.forEach((row, i) => {
      assert.ok(row.label.startsWith(expected[i].name), `row ${i}: “${row.label}” is not “${expected[i].name}”`);
      assert.equal(row.level, expected[i].depth, `row ${i} “${expected[i].name}”`);
    });
    assert.ok(rows.some((r) => r.level === 2), 'no sub-heading drawn');
  });

  it('shows the missing-part finding for the draft that lacks a part, and none for the complete draft', async () => {
    await wb.openFile(DRAFTS.complete);
    await wb.openFile(DRAFTS.missingPart);
    const rows = await waitForRows((r) => r.some((t) => t.includes('缺少规定内容')));
    await wb.shot('problems');
    assert.ok(rows.some((t) => t.includes(DRAFTS.missingPart)), rows.join('\n'));
    assert.ok(rows.some((t) => t.includes('缺少规定内容') && t.includes('上一年度推进法治政府建设存在的不足和原因')), rows.join('\n'));
    assert.ok(!rows.some((t) => t.includes(DRAFTS.complete)), `the complete draft has findings:\n${rows.join('\n')}`);
  });

  it('shows corpus passages when the pointer rests on a phrase other reports share', async () => {
    const found = cliLookup(SHARED_PHRASE);
    await wb.outline('一、');
    const hover = await wb.hoverOver(SHARED_PHRASE, '份报告用到');
    // Outline, the finding in Problems and the hover in one view: the README's picture.
    await wb.shot('readme-view');
    assert.match(hover, new RegExp(`${SHARED_PHRASE}：语料中 ${found.documents} 份报告用到，共 ${found.occurrences} 处`));
    // One passage per report first: each report's sentence around the phrase is there.
    for (const file of new Set(found.hits.map((h) => h.file))) {
      const context = found.hits.find((h) => h.file === file)!.context;
      const around = context.slice(context.indexOf(SHARED_PHRASE) - 4, context.indexOf(SHARED_PHRASE));
      assert.ok(hover.includes(around + SHARED_PHRASE), `no passage from ${file} (“${around}${SHARED_PHRASE}”) in:\n${hover}`);
    }
  });

  it('inserts the missing part from the light bulb, and the finding goes away', async () => {
    await wb.page.mouse.move(5, 400); // off the editor: the hover would cover the gutter
    // The finding covers the title; the light bulb follows the cursor onto it.
    await wb.goTo(1, 3);
    const bulb = wb.page.locator('.editor-group-container.active .lightBulbWidget.codicon').filter({ visible: true });
    await bulb.first().waitFor({ state: 'visible', timeout: 30_000 });
    await wb.shot('light-bulb');
    await bulb.first().click();
    const action = wb.page.locator('.action-widget .monaco-list-row', { hasText: '插入“' }).first();
    await action.waitFor({ timeout: 30_000 });
    await wb.shot('quick-fix-menu');
    // The menu takes the keyboard (a pointer block covers it while it settles): walk to the fix, then Enter.
    for (let i = 0; i < 5 && !(await action.getAttribute('class'))?.includes('focused'); i++) await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.editor-group-container.active .view-line', { hasText: '存在的不足和原因' }).first().waitFor({ timeout: 30_000 });
    const rows = await waitForRows((r) => !r.some((t) => t.includes('缺少规定内容')));
    await wb.shot('quick-fix-applied');
    assert.ok(!rows.some((t) => t.includes('缺少规定内容')), rows.join('\n'));
    assert.match(await wb.visibleText(), /二、2025年度推进法治政府建设存在的不足和原因/);
  });

  it('inserts the report skeleton when a snippet prefix is typed and accepted', async () => {
    await wb.openFile(DRAFTS.empty);
    await wb.type('report');
    const suggestion = wb.page.locator('.suggest-widget .monaco-list-row', { hasText: 'report' }).first();
    await suggestion.waitFor({ timeout: 10_000 }).catch(async () => {
      await wb.page.keyboard.press('Control+Space');
      await suggestion.waitFor({ timeout: 20_000 });
    });
    await wb.shot('snippet-suggestion');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Control+S');
    // What is on disk after the save is what the snippet inserted.
    let saved = '';
    await until(() => (saved = readFileSync(join(workspace, DRAFTS.empty), 'utf8')).length > 0, 30_000, 'the file was never saved');
    await wb.shot('snippet-inserted');
    const parts = ['主要举措和成效', '存在的不足和原因', '第一责任人职责', '主要安排', '其他需要报告的情况'].map((p) => saved.indexOf(p));
    assert.ok(parts.every((at, i) => at > 0 && (i === 0 || at > parts[i - 1])), `the five parts are not in the skeleton:\n${saved}`);
    assert.match(saved, /特此报告。/);
    // The skeleton's template leftovers would fill the Problems view the later steps read.
    await wb.runCommand('View: Revert and Close Editor');
  });

  it("opens a filled-in report for the year being reported (this year's from July) from the New Annual Report command", async () => {
    const year = reportYearFor(new Date());
    await wb.runCommand(`${manifest['command.category']}: ${manifest['command.newReport']}`);
    await wb.page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 30_000 });
    await wb.page.locator('.editor-group-container.active .view-line', { hasText: `${year}年度法治政府建设` }).first().waitFor({ timeout: 30_000 });
    await wb.shot('new-report');
    const text = await wb.visibleText();
    assert.match(text, new RegExp(`^XX市XX局${year}年度法治政府建设情况报告`));
    assert.match(text, new RegExp(`一、${year}年度推进法治政府建设的主要举措和成效`));
    assert.equal(await wb.languageMode(), manifest['language.name']);
    await wb.runCommand('View: Revert and Close Editor');
  });

  it('fills the empty file the writer named with the template; Tab walks the fields and only the typed text goes in', async () => {
    await wb.openFile(DRAFTS.named);
    await wb.runCommand(`${manifest['command.category']}: ${manifest['command.newReport']}`);
    // The active editor, not a new untitled one; the year comes from the file's name.
    await wb.page.locator('.editor-group-container.active .view-line', { hasText: '2025年度法治政府建设情况报告' }).first().waitFor({ timeout: 30_000 });
    assert.equal(await wb.page.locator('.tabs-container .tab', { hasText: 'Untitled' }).count(), 0);
    const suggestWidget = wb.page.locator('.editor-group-container.active .suggest-widget.visible');
    // What the writer types into each field in turn (undefined: keeps the proposed text). Field 4 is a
    // phrase the corpus continues (法律顾 → 法律顾问制度): no suggestion may pop up inside a field.
    const typed: Record<number, string | undefined> = {
      1: '丁县司法局',
      2: undefined,
      3: '县委全面依法治县委员会办公室',
      4: '全面推行法律顾问制度',
      5: '健全依法行政制度体系',
      6: '聘请常年法律顾问',
      7: '基层法治力量较为薄弱，原因在于人员编制不足。',
      8: '主要负责人主持召开专题会议4次。',
      9: '深化行政执法体制改革。',
      10: undefined,
      11: undefined,
      12: '2',
      13: '20',
    };
    for (const [field, text] of Object.entries(typed)) {
      if (text !== undefined) await wb.type(text);
      if (field === '4') {
        await wb.page.waitForTimeout(800);
        assert.equal(await suggestWidget.count(), 0, 'a suggestion popped up inside a template field');
      }
      if (field === '6') {
        // Asked for explicitly, corpus continuations show; Tab still moves to the next field.
        await wb.page.keyboard.press('Control+Space');
        await suggestWidget.waitFor({ timeout: 20_000 });
        await wb.shot('suggestion-in-field');
      }
      await wb.page.keyboard.press('Tab');
    }
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Control+S');
    const values = Object.fromEntries(Object.entries(typed).filter(([, t]) => t !== undefined)) as Record<number, string>;
    const expected = toPlainText(newReportSnippet(new Date(), DRAFTS.named), values);
    let saved = '';
    await until(() => (saved = readFileSync(join(workspace, DRAFTS.named), 'utf8')) === expected, 30_000, 'the saved file differs').catch(() => {
      assert.equal(saved, expected);
    });
    await wb.shot('template-filled');
  });

  it('at a line start, lists the next heading marker before the snippets', async () => {
    await wb.openFile(DRAFTS.complete);
    // Below （二）严格规范公正文明执法 and its paragraph: a new line, then Ctrl+Space.
    await wb.goTo(9, 1);
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.press('Control+Space');
    const rows = wb.page.locator('.editor-group-container.active .suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor({ timeout: 20_000 });
    await wb.shot('markers-before-snippets');
    const labels = await rows.evaluateAll((nodes) =>
      nodes.sort((a, b) => parseFloat((a as HTMLElement).style.top) - parseFloat((b as HTMLElement).style.top)).map((n) => n.getAttribute('aria-label') ?? n.textContent ?? ''),
    );
    assert.match(labels[0], /^（三）/, labels.join('\n'));
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Control+Z');
  });

  it('asks before exporting a draft that still has problems: 查看问题 opens Problems, 仍要导出 goes on to the save dialog', async () => {
    await wb.openFile(DRAFTS.untouched);
    await waitForRows((r) => r.some((t) => t.includes('模板')));
    await wb.openFile(DRAFTS.untouched);
    const found = cliFindings(join(workspace, DRAFTS.untouched));
    const severe = found.filter((d) => d.severity === 'error' || d.severity === 'warning');
    const leftovers = severe.filter((d) => d.code === 'placeholder');
    assert.ok(leftovers.length > 0);
    const exportTitle = `${manifest['command.category']}: ${manifest['command.exportDocx']}`;
    await wb.runCommand(exportTitle);
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30_000 });
    await wb.shot('export-asks-first');
    assert.match(await dialog.innerText(), new RegExp(`报告还有 ${severe.length} 个问题，其中 ${leftovers.length} 处模板残留`));
    await dialog.locator('.monaco-button', { hasText: '查看问题' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await wb.page.locator('.markers-panel').waitFor({ timeout: 30_000 });

    // Back in the draft's editor (the Problems view has the focus now), export again.
    await wb.openFile(DRAFTS.untouched);
    await wb.goTo(1, 1);
    await wb.runCommand(exportTitle);
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.locator('.monaco-button', { hasText: '仍要导出' }).click();
    // The save dialog (a quick input in code-server) proposes the .docx beside the draft; cancelled here.
    const saveInput = wb.page.locator('.quick-input-widget input');
    await saveInput.waitFor({ state: 'visible', timeout: 30_000 });
    // The simple file dialog fills in the folder first, then the name.
    let proposed = '';
    await until(async () => /\.docx$/.test((proposed = await saveInput.inputValue())), 30_000, 'the save dialog proposed no .docx');
    await wb.shot('export-save-dialog');
    assert.match(proposed, /戊县司法局2025年度法治政府建设情况报告\.docx$/);
    await wb.page.keyboard.press('Escape');
    await saveInput.waitFor({ state: 'hidden', timeout: 30_000 });
    // Closed, its nine findings leave the Problems view to the steps that follow.
    await wb.openFile(DRAFTS.untouched);
    await wb.runCommand('View: Revert and Close Editor');
  });

  it('gets its features back after the language server is killed', async () => {
    const before = serverPids(server.extensionsDir);
    assert.equal(before.length, 1, `expected one language server, found ${before.length}`);
    process.kill(before[0], 'SIGKILL');
    await until(() => serverPids(server.extensionsDir).some((pid) => pid !== before[0]), 30_000, 'no new language server started');
    await wb.openFile(DRAFTS.complete);
    // A finding that only the new server can give: a half-width comma typed after Chinese text.
    await wb.goTo(3, 1);
    await wb.page.keyboard.press('End');
    await wb.type(',');
    const rows = await waitForRows((r) => r.some((t) => t.includes('不用半角“,”')));
    await wb.shot('after-restart');
    assert.ok(rows.some((t) => t.includes(DRAFTS.complete)), rows.join('\n'));
    const hover = await wb.hoverOver(SHARED_PHRASE, '份报告用到');
    assert.match(hover, new RegExp(SHARED_PHRASE));
  });

  it("offers, after a half-width comma's own fix (Ctrl+.), the fix-all quick fix with its count; choosing it fixes every comma", async () => {
    await wb.openFile(DRAFTS.complete);
    await wb.goTo(3, 1);
    await wb.page.keyboard.press('End');
    await wb.type('甲,乙');
    await waitForRows((r) => r.filter((t) => t.includes('不用半角“,”')).length >= 2);
    // Back onto the comma just typed (Problems took the focus).
    const line = (await wb.visibleText()).split('\n').find((l) => l.includes('甲,乙'))!;
    await wb.goTo(3, line.indexOf('甲,乙') + 2);
    await wb.page.keyboard.press('Control+Period');
    const rows = wb.page.locator('.action-widget .monaco-list-row');
    const fixAll = rows.filter({ hasText: /修正本文件中全部可自动修正的问题（\d+ 处）/ }).first();
    await fixAll.waitFor({ timeout: 30_000 });
    await wb.shot('fix-all-quick-fix');
    const titles = (await rows.allInnerTexts()).map((t) => t.trim()).filter((t) => t !== '');
    const at = titles.findIndex((t) => t.includes('修正本文件中全部'));
    assert.ok(titles.slice(0, at).some((t) => t.includes('，')), `the comma's own fix does not come first:\n${titles.join('\n')}`);
    const count = Number(/（(\d+) 处）/.exec(titles[at])![1]);
    assert.ok(count >= 2, titles[at]);
    for (let i = 0; i < 8 && !(await fixAll.getAttribute('class'))?.includes('focused'); i++) await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.editor-group-container.active .view-line', { hasText: '甲，乙' }).first().waitFor({ timeout: 30_000 });
    const after = await waitForRows((r) => !r.some((t) => t.includes('不用半角“,”')));
    assert.ok(!after.some((t) => t.includes('不用半角')), after.join('\n'));
    assert.ok(!(await wb.visibleText()).includes(','), await wb.visibleText());
    // The palette command 法治报告：修正全部格式问题 (in the manifest's language of this run) does the same.
    await wb.goTo(3, 1);
    await wb.page.keyboard.press('End');
    await wb.type(',丙');
    await wb.runCommand(`${manifest['command.category']}: ${manifest['command.fixAll']}`);
    await wb.page.locator('.editor-group-container.active .view-line', { hasText: '乙，丙' }).first().waitFor({ timeout: 30_000 });
  });

  it("opens a passage's report at the phrase, read-only, from the hover's link", async () => {
    const first = cliLookup(SHARED_PHRASE).hits[0];
    await wb.openFile(DRAFTS.complete);
    await wb.hoverOver(SHARED_PHRASE, '份报告用到');
    await wb.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content a').first().click();
    const name = first.file.split('/').pop()!;
    await wb.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
    await wb.page.locator('[id="status.editor.selection"]', { hasText: `Ln ${first.line}, Col ${first.column}` }).waitFor({ timeout: 30_000 });
    // The shipped corpus lives in the extension's folder: a stray keystroke must not change it.
    await wb.type('X');
    await wb.page.locator('.monaco-editor-overlaymessage', { hasText: 'read-only' }).waitFor({ timeout: 10_000 });
    await wb.shot('passage-opened-read-only');
  });

  it('opens a Word report from the Explorer\'s context menu: read-only, with its outline and its finding; saves it as a text draft', async () => {
    const docx = join(workspace, WORD_REPORT.file);
    const expected = flatten(cliOutline(docx));
    /** Right-clicks the Word file in the Explorer. The Outline steps fold the file tree to give the Outline the height: unfold it. */
    const contextMenu = async () => {
      await wb.page.keyboard.press('Escape');
      await wb.runCommand('View: Show Explorer');
      const tree = wb.page.locator('.pane-header[aria-expanded="false"]', { has: wb.page.locator('.title', { hasText: /^workspace$/i }) });
      if (await tree.count()) await tree.first().click();
      const row = wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: WORD_REPORT.file });
      await row.first().waitFor({ timeout: 30_000 });
      await row.first().click({ button: 'right' });
    };
    /** Clicks a context-menu item; a click that lands while the menu is still settling is lost, so once more if the menu stays. */
    const choose = async (item: ReturnType<typeof wb.page.locator>) => {
      await item.first().click();
      const menu = wb.page.locator('.monaco-menu');
      const closed = await menu.first().waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false);
      if (!closed) await item.first().click({ timeout: 5_000 }).catch(() => undefined);
    };
    await contextMenu();
    const open = wb.page.locator('.monaco-menu .action-item .action-label', { hasText: manifest['command.openAsReport'] });
    await open.first().waitFor({ timeout: 30_000 });
    await wb.shot('word-context-menu');
    await choose(open);
    await wb.page.locator('.tabs-container .tab.active', { hasText: WORD_REPORT.file.replace(/\.docx$/, '') }).waitFor({ timeout: 60_000 });
    await wb.page.locator('[id="status.editor.mode"]').filter({ hasText: manifest['language.name'] }).waitFor({ timeout: 30_000 });
    // The outline is the one the command line reads from the same .docx: Word's text, not its bytes.
    const rows = await wb.outline(expected[0].name);
    assert.ok(rows.length >= 5, `only ${rows.length} rows drawn`);
    rows.forEach((r, i) => assert.ok(r.label.startsWith(expected[i].name), `row ${i}: “${r.label}” is not “${expected[i].name}”`));
    // Problems names the Word file itself, with the part the seed lacks.
    const problems = await waitForRows((r) => r.some((t) => t.includes(WORD_REPORT.file)) && r.some((t) => t.includes('缺少规定内容')));
    await wb.shot('word-report');
    assert.ok(problems.some((t) => t.includes('缺少规定内容') && t.includes('第一责任人')), problems.join('\n'));
    // Read-only: a keystroke is refused.
    await wb.editorLines().first().click();
    await wb.page.keyboard.press('Control+Home');
    await wb.page.keyboard.type('改');
    assert.ok((await wb.visibleText()).startsWith('重庆市大渡口区'), 'the Word report took a keystroke');

    // The same context menu saves it as a draft to edit.
    await contextMenu();
    const save = wb.page.locator('.monaco-menu .action-item .action-label', { hasText: manifest['command.saveAsTextDraft'] });
    await save.first().waitFor({ timeout: 30_000 });
    await choose(save);
    const draft = docx.replace(/\.docx$/, '.txt');
    await until(() => existsSync(draft), 30_000, 'the text draft was never written');
    await wb.page.locator('.tabs-container .tab.active', { hasText: WORD_REPORT.file.replace(/\.docx$/, '.txt') }).waitFor({ timeout: 30_000 });
    await wb.shot('word-saved-as-text');
    assert.deepEqual(flatten(cliOutline(draft)), expected);
  });

  it('shows the review page for the workspace folder, and a click on a finding opens the draft at its line', async () => {
    const expected = cliReview(workspace);
    await wb.runCommand(`${manifest['command.category']}: ${manifest['command.reviewFolder']}`);
    // code-server asks for the folder with VS Code's simple file dialog: a path typed into a quick input.
    const input = wb.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(`${workspace}/`);
    await wb.page.waitForTimeout(500);
    await wb.page.keyboard.press('Enter');
    // The simple dialog may want a second Enter to accept the folder it now lists.
    await wb.page.waitForTimeout(500);
    if (await input.isVisible()) await wb.page.keyboard.press('Enter');
    // The page lives two frames down: the webview's host frame, then its content frame.
    const view = wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await view.locator('#reports tr.report-row').first().waitFor({ timeout: 60_000 });
    await wb.shot('review-page');
    assert.equal(await view.locator('#reports tr.report-row').count(), expected.filter((e) => e.notChecked === undefined).length);
    assert.equal(await view.locator('#reports tr.not-checked').count(), expected.filter((e) => e.notChecked !== undefined).length);
    // The draft that lacks a part: open its section, click its first finding.
    const row = view.locator('#reports tr.report-row', { hasText: '乙县司法局' });
    await row.locator('td.title a').click();
    const finding = view.locator('details.report[open] tr.finding').first();
    await finding.waitFor({ timeout: 10_000 });
    const line = Number(await finding.getAttribute('data-line'));
    await finding.click();
    await wb.page.locator('.tabs-container .tab.active', { hasText: DRAFTS.missingPart.replace(/\.txt$/, '') }).waitFor({ timeout: 30_000 });
    await wb.page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line},` }).waitFor({ timeout: 30_000 });
    await wb.shot('review-finding-opened');
  });

  async function waitForRows(done: (rows: string[]) => boolean): Promise<string[]> {
    let rows: string[] = [];
    await until(async () => done((rows = await wb.problems())), 30_000, 'Problems never showed the expected rows');
    return rows;
  }
});

function flatten(symbols: CliSymbol[], depth = 1): { name: string; depth: number }[] {
  return symbols.flatMap((s) => [{ name: s.name, depth }, ...flatten(s.children, depth + 1)]);
}

/** The language servers this run's extension started (found by their path under its extensions folder). */
function serverPids(extensionsDir: string): number[] {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return ps
    .split('\n')
    .filter((line) => line.includes(extensionsDir) && line.includes(join('dist', 'server', 'server.js')))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}
