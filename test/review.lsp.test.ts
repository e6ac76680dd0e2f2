import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { StdioServer } from './support/lspClient';
import { reviewFolder } from './support/reviewFolder';
import { REVIEW_REQUEST, type ReviewReply } from '../server/src/protocol';

describe('lawReport/review over the language server', () => {
  let server: StdioServer;
  before(async () => {
    server = new StdioServer();
    await server.initialize();
  });
  after(() => server.stop());

  it('answers the page for a folder, its policy allowing the webview’s source for images and nothing else', async () => {
    const folder = reviewFolder();
    const reply = (await server.connection.sendRequest(REVIEW_REQUEST, { folder: pathToFileURL(folder.dir).href, cspSource: 'https://*.vscode-cdn.net' })) as ReviewReply;
    assert.equal(reply.ok, true);
    const html = (reply as { html: string }).html;
    assert.equal((html.match(/<tr class="report-row/g) ?? []).length, folder.reports.length);
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
    assert.ok(nonce && html.includes(`<script nonce="${nonce}">`));
    assert.match(html, /img-src data: https:\/\/\*\.vscode-cdn\.net">/);
    // Each report carries its URI, so a click can open it at the finding's line.
    assert.ok(html.includes(`data-uri="${pathToFileURL(`${folder.dir}/${folder.late}`).href}"`));
  });

  it('a source that is not a plain source list cannot widen the policy', async () => {
    const folder = reviewFolder();
    const reply = (await server.connection.sendRequest(REVIEW_REQUEST, { folder: pathToFileURL(folder.dir).href, cspSource: "'unsafe-inline'; script-src *" })) as ReviewReply;
    assert.ok(reply.ok);
    assert.doesNotMatch((reply as { html: string }).html, /unsafe-inline|script-src \*/);
  });

  it('says why for a folder that does not exist or is not on this machine', async () => {
    const missing = (await server.connection.sendRequest(REVIEW_REQUEST, { folder: 'file:///no/such/folder' })) as ReviewReply;
    assert.deepEqual(missing, { ok: false, message: '/no/such/folder：文件夹不存在' });
    const remote = (await server.connection.sendRequest(REVIEW_REQUEST, { folder: 'vscode-remote://host/reports' })) as ReviewReply;
    assert.deepEqual(remote, { ok: false, message: '只能审阅本机上的文件夹：vscode-remote://host/reports' });
  });
});
