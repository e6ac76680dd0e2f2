import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type CodeServer, extensionHostLog } from './support/codeServer';
import { codeServerSession } from './support/session';
import { until } from './support/until';
import type { Workbench } from './support/workbench';
import { DRAFTS, makeWorkspaceWithCorpusSetting, PAST_REPORT, ROOT } from './support/workspace';

const SEEDS = readdirSync(join(ROOT, 'seeds')).length;

// A workspace from elsewhere, opened in Restricted Mode: its settings' corpus folder must not be read
// until the writer trusts it, and the extension must say so.
describe('VS Code, untrusted workspace', function () {
  const session = codeServerSession('shots-trust', makeWorkspaceWithCorpusSetting, false);
  let server: CodeServer;
  let wb: Workbench;

  before(() => ({ server, wb } = session()));

  /** The report counts of every "语料索引已建立" (corpus index built) line the language server has logged so far. */
  function indexedReports(): number[] {
    return [...extensionHostLog(server.home).matchAll(/语料索引已建立：(\d+) 份报告/g)].map((m) => Number(m[1]));
  }

  it("says that the workspace's corpus folders are ignored, and hovers do not use them", async () => {
    await wb.openFile(DRAFTS.complete);
    const notice = wb.page.locator('.notifications-toasts .notification-toast', { hasText: '尚未受信任' });
    await notice.waitFor({ timeout: 60_000 });
    assert.match(await notice.innerText(), /工作区设置中的语料文件夹（past-reports）暂不编入索引/);
    await wb.shot('untrusted-notice');
    // VS Code marks every non-ASCII character in Restricted Mode unless the language says otherwise:
    // a Chinese report would be boxed from end to end.
    assert.equal(await wb.page.locator('.editor-group-container.active .unicode-highlight').count(), 0);
    // The server's own account of what it indexed: the bundled seeds only.
    await until(() => indexedReports().includes(SEEDS), 30_000, 'the corpus was never built');
    assert.deepEqual(indexedReports(), [SEEDS]);
    // The phrase is only in the ignored folder: no hover, or one for a shorter span the seeds share.
    const hover = await wb.hoverOver(PAST_REPORT.phrase, '', 5_000).catch(() => '');
    assert.ok(!hover.includes(PAST_REPORT.organisation), `the untrusted folder was read:\n${hover}`);
  });

  it('reads them as soon as the workspace is trusted', async () => {
    await wb.page.mouse.move(5, 400);
    await wb.runCommand('Workspaces: Manage Workspace Trust');
    const trust = wb.page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first();
    await trust.waitFor({ timeout: 30_000 });
    await trust.click();
    await wb.page.locator('[id="status.workspaceTrust"]').waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
    await wb.openFile(DRAFTS.complete);
    // The server rebuilds its corpus with the folder; the hover names the past report once it is in.
    let hover = '';
    const deadline = Date.now() + 30_000;
    while (!hover.includes(PAST_REPORT.organisation) && Date.now() < deadline) {
      await wb.page.mouse.move(5, 400);
      await wb.page.waitForTimeout(1000);
      hover = await wb.hoverOver(PAST_REPORT.phrase, '语料');
    }
    await wb.shot('trusted-hover');
    assert.ok(hover.includes(PAST_REPORT.organisation), hover);
    assert.ok(indexedReports().includes(SEEDS + 1), `the corpus was not rebuilt with the past report: ${indexedReports()}`);
  });
});
