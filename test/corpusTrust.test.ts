import * as assert from 'node:assert/strict';
import { corpusFoldersUnderTrust } from '../client/src/corpusTrust';

// Which corpus folders the extension uses, and what it tells the writer, given where
// lawReport.corpus.folders is set and whether the workspace is trusted.
describe('corpus folders and workspace trust', () => {
  const everywhere = { globalValue: ['~/报告/往年'], workspaceValue: ['./语料', '/srv/共享'], workspaceFolderValue: ['./本级'] };

  it('a trusted workspace uses its own folders, the most specific scope first, and says nothing', () => {
    assert.deepEqual(corpusFoldersUnderTrust(everywhere, true), { folders: ['./本级'], ignored: [] });
    assert.deepEqual(corpusFoldersUnderTrust({ globalValue: ['~/报告'], workspaceValue: ['./语料'] }, true).folders, ['./语料']);
    assert.deepEqual(corpusFoldersUnderTrust({ globalValue: ['~/报告'] }, true).folders, ['~/报告']);
  });

  it("an untrusted workspace keeps the user's folders, ignores its own, and names them in one notice", () => {
    const decision = corpusFoldersUnderTrust(everywhere, false);
    assert.deepEqual(decision.folders, ['~/报告/往年']);
    assert.deepEqual(decision.ignored, ['./语料', '/srv/共享', './本级']);
    assert.equal(decision.notice, '此工作区尚未受信任，工作区设置中的语料文件夹（./语料、/srv/共享、./本级）暂不编入索引；信任此工作区后会自动启用。');
  });

  it('an untrusted workspace that names no folders of its own needs no notice', () => {
    assert.deepEqual(corpusFoldersUnderTrust({ globalValue: ['~/报告'] }, false), { folders: ['~/报告'], ignored: [], notice: undefined });
    assert.deepEqual(corpusFoldersUnderTrust({ workspaceValue: [] }, false), { folders: [], ignored: [], notice: undefined });
    assert.deepEqual(corpusFoldersUnderTrust(undefined, false), { folders: [], ignored: [], notice: undefined });
  });

  it('a malformed setting (not a list, blank entries) counts as no folders rather than failing', () => {
    assert.deepEqual(corpusFoldersUnderTrust({ workspaceValue: '/srv/共享', globalValue: ['', '  ', 3, '~/报告'] }, false), {
      folders: ['~/报告'],
      ignored: [],
      notice: undefined,
    });
  });
});
