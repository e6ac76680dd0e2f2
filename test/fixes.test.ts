import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { createReportService } from '../server/src/service';
import { applyEdits } from '../server/src/service/text/offsetEdits';
import { doc } from './support/documents';

// A draft with safe findings (half-width commas, a (一) marker, trailing spaces) and unsafe ones (a
// plan for the wrong year, a 工作总结 title): what "fix all" and `check --fix` must tell apart.
const DRAFT = [
  '南川区司法局2024年度法治政府建设工作总结',
  '一、2024年度推进法治政府建设的主要举措和成效',
  '(一)加强领导,压实责任。  ',
  '二、2024年度推进法治政府建设存在的不足和原因',
  '一是培训方式单一。究其原因,是经费不足。',
  '三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  '主要负责人主持召开专题会议4次。',
  '四、2024年度推进法治政府建设的主要安排',
  '深化行政执法体制改革。',
  '',
].join('\n');
const SAFELY_FIXED = DRAFT.replace('(一)', '（一）').replace(/,/g, '，').replace('。  \n', '。\n');

describe('fixes', () => {
  it('beside a finding\'s own fix, the light bulb offers one quick fix that applies every safe fix, naming how many', () => {
    const service = createReportService();
    const document = doc(DRAFT);
    const diagnostics = service.diagnostics(document);
    const comma = diagnostics.find((d) => d.code === 'punctuation')!;
    const actions = service.codeActions(document, [comma]);
    assert.deepEqual(actions.map((a) => a.kind), ['quickfix', 'quickfix', 'source.fixAll']);
    assert.equal(actions[0].diagnostics![0], comma);
    const fixAll = actions[1];
    // Two commas, the marker and the trailing spaces.
    assert.equal(fixAll.title, '修正本文件中全部可自动修正的问题（4 处）');
    assert.equal(fixAll.diagnostics?.length, 4);
    const edits: TextEdit[] = fixAll.edit!.changes![document.uri];
    assert.equal(TextDocument.applyEdits(document, edits), SAFELY_FIXED);
    // The same result as `check --fix`, and the source action carries the same edits.
    assert.equal(TextDocument.applyEdits(document, edits), service.fixAll(document).getText());
    assert.deepEqual(actions[2].edit, fixAll.edit);
    const left = service.diagnostics(doc(SAFELY_FIXED, document.uri, 2)).map((d) => d.code);
    assert.deepEqual(left.sort(), ['title', 'year']);
  });

  it('offers the fix-all beside an unsafe fix too, but not when the finding\'s own fix is the only safe one', () => {
    const service = createReportService();
    const document = doc(DRAFT);
    const year = service.diagnostics(document).find((d) => d.code === 'year')!;
    assert.deepEqual(service.codeActions(document, [year]).map((a) => a.title.includes('全部') ? a.kind : 'own'), ['own', 'quickfix', 'source.fixAll']);
    const one = doc(SAFELY_FIXED.replace('加强领导，', '加强领导,'), 'file:///one.txt');
    const comma = service.diagnostics(one).find((d) => d.code === 'punctuation')!;
    assert.deepEqual(service.codeActions(one, [comma]).map((a) => a.kind), ['quickfix']);
  });

  it('answers a request for source.fixAll (Source Action…, on save) wherever the cursor is, and a quick-fix-only request without it', () => {
    const service = createReportService();
    const document = doc(DRAFT);
    const [source] = service.codeActions(document, [], undefined, ['source.fixAll']);
    assert.equal(source.kind, 'source.fixAll');
    assert.equal(TextDocument.applyEdits(document, source.edit!.changes![document.uri]), SAFELY_FIXED);
    assert.equal(service.codeActions(document, [], undefined, ['source']).length, 1);
    const comma = service.diagnostics(document).find((d) => d.code === 'punctuation')!;
    assert.deepEqual(service.codeActions(document, [comma], undefined, ['quickfix']).map((a) => a.kind), ['quickfix', 'quickfix']);
    assert.deepEqual(service.codeActions(doc(SAFELY_FIXED, 'file:///fixed.txt'), [], undefined, ['source.fixAll']), []);
  });

  it('fixAll fixes in rounds until no safe fix is left, past the 1,000 findings a rule lists at a time', () => {
    const service = createReportService();
    const draft = DRAFT.replace('压实责任', '压实责任' + '甲,'.repeat(2500));
    const fixed = service.fixAll(doc(draft));
    assert.equal(fixed.getText(), SAFELY_FIXED.replace('压实责任', '压实责任' + '甲，'.repeat(2500)));
    assert.ok(fixed.version > 1);
    assert.deepEqual(service.diagnostics(fixed).map((d) => d.code).sort(), ['title', 'year']);
  });

  it('fixAll leaves a rule switched off alone, and a draft with nothing safe to fix as it is', () => {
    const service = createReportService();
    const fixed = service.fixAll(doc(DRAFT), { punctuation: 'off' });
    assert.equal(fixed.getText(), DRAFT.replace('(一)', '（一）').replace('。  \n', '。\n'));
    const clean = doc(SAFELY_FIXED, 'file:///clean.txt');
    assert.equal(service.fixAll(clean), clean);
  });

  it('fixAll leaves no trace: the next version of the same file, whatever its text, gets its own findings', () => {
    const service = createReportService();
    const draft = doc(DRAFT);
    service.fixAll(draft);
    // The editor's next version of the file, typed differently from any text fixAll went through.
    const typed = TextDocument.create(draft.uri, draft.languageId, draft.version + 1, DRAFT + '二、又一部分\n');
    const fresh = createReportService().diagnostics(typed);
    assert.deepEqual(service.diagnostics(typed), fresh);
  });

  it('edits apply as one workspace edit: in text order, an overlapping one dropped, an insertion before a replacement', () => {
    const text = '一二三四五';
    assert.equal(
      applyEdits(text, [
        { start: 3, end: 5, newText: 'x' },
        { start: 1, end: 3, newText: 'y' },
        { start: 2, end: 4, newText: 'dropped' },
        { start: 1, end: 1, newText: '<' },
      ]),
      '一<yx',
    );
    assert.equal(applyEdits(text, []), text);
  });
});
