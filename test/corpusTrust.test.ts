import * as assert from 'node:assert/strict';
import { untrustedCorpusNotice } from '../client/src/corpusTrust';

// What the extension tells the writer when an untrusted workspace names corpus folders of its own
// (VS Code itself keeps them from the server: restrictedConfigurations).
describe('corpus folders and workspace trust', () => {
  it('names every folder the workspace asks for, once, in one notice', () => {
    assert.equal(
      untrustedCorpusNotice({ workspaceValue: ['./语料', '/srv/共享'], workspaceFolderValue: ['./本级', './语料'] }),
      '此工作区尚未受信任，工作区设置中的语料文件夹（./语料、/srv/共享、./本级）暂不编入索引；信任此工作区后会自动启用。',
    );
  });

  it('says nothing when the workspace names no folders of its own', () => {
    assert.equal(untrustedCorpusNotice({}), undefined);
    assert.equal(untrustedCorpusNotice({ workspaceValue: [] }), undefined);
  });

  it('a malformed setting (not a list, blank entries) counts as no folders rather than failing', () => {
    assert.equal(untrustedCorpusNotice({ workspaceValue: '/srv/共享', workspaceFolderValue: ['', '  ', 3] }), undefined);
  });
});
