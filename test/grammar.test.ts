import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// The grammar loaded the way VS Code loads it (vscode-textmate on Oniguruma), tokenising real lines.
const ROOT = join(__dirname, '..');
const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'law-report.tmLanguage.json');
const SEEDS = join(ROOT, 'seeds');

let onigLib: Promise<textmate.IOnigLib> | undefined;

/** Oniguruma's WASM can be loaded once per process; other test files may have loaded it already. */
function loadOnig(): Promise<textmate.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    try {
      await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    } catch (e) {
      if (!/more than once/i.test(String(e))) throw e;
    }
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

async function loadGrammar(theme?: textmate.IRawTheme): Promise<textmate.IGrammar> {
  const registry = new textmate.Registry({
    onigLib: loadOnig(),
    theme,
    loadGrammar: async (scopeName) =>
      scopeName === 'text.law-report' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const grammar = await registry.loadGrammar('text.law-report');
  assert.ok(grammar, 'grammar text.law-report did not load');
  return grammar;
}

let grammar: textmate.IGrammar;

before(async () => {
  grammar = await loadGrammar();
});

type Token = { text: string; scopes: string };

/** The tokens of one line (tokenised on its own), with their scopes joined by spaces. */
function tokens(line: string): Token[] {
  return grammar
    .tokenizeLine(line, textmate.INITIAL)
    .tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.join(' ') }));
}

/** The scopes of the token that is exactly `text`; fails, listing the tokens, if there is none. */
function scopeOf(line: string, text: string): string {
  const all = tokens(line);
  const found = all.find((t) => t.text === text);
  assert.ok(found, `no token ${JSON.stringify(text)} in ${JSON.stringify(all, null, 1)}`);
  return found.scopes;
}

/** The scopes of whichever token covers the character at `line.indexOf(text)`. */
function scopeAt(line: string, text: string): string {
  const at = line.indexOf(text);
  assert.ok(at >= 0, `${JSON.stringify(text)} not in ${JSON.stringify(line)}`);
  const { tokens: raw } = grammar.tokenizeLine(line, textmate.INITIAL);
  const t = raw.find((tok) => tok.startIndex <= at && at < tok.endIndex)!;
  return t.scopes.join(' ');
}

// Every level's scopes end in ".levelN.law-report"; the marker and the text carry different names.
const markerScope = (level: number) => new RegExp(`(?:punctuation\\.definition\\.heading|heading-marker)\\.level${level}\\.law-report`);
const textScope = (level: number) =>
  new RegExp(level === 1 ? 'markup\\.heading\\.1\\.law-report.*entity\\.name\\.section\\.level1' : `\\bheading\\.level${level}\\.law-report`);

describe('the TextMate grammar', () => {
  it('is plain JSON with name, scopeName text.law-report, patterns and repository', () => {
    const raw = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
    assert.equal(raw.scopeName, 'text.law-report');
    assert.deepEqual(Object.keys(raw).sort(), ['name', 'patterns', 'repository', 'scopeName']);
  });

  describe('headings (GB/T 9704 一、 （一） 1. （1）)', () => {
    it('level 1: 一、主要举措和成效 — marker and text both level 1, in different scopes', () => {
      const line = '一、主要举措和成效';
      const marker = scopeOf(line, '一、');
      const text = scopeOf(line, '主要举措和成效');
      assert.match(marker, markerScope(1));
      assert.match(marker, /markup\.heading\.1\.law-report/);
      assert.match(text, textScope(1));
      assert.doesNotMatch(text, markerScope(1));
      for (const variant of ['一.工作情况', '一．工作情况', '十二、工作情况', '　　一、工作情况', '\t一、工作情况', '    一、工作情况']) {
        assert.match(scopeAt(variant, variant.trim()[0]), markerScope(1), variant);
        assert.match(scopeAt(variant, '工作情况'), textScope(1), variant);
      }
    });

    it('level 2: （一）扎实开展“营商环境优化提升年”行动。根据… — heading up to 。, the quote inside it a quote', () => {
      const line = '（一）扎实开展“营商环境优化提升年”行动。根据工作安排，我局围绕服务职能';
      assert.match(scopeOf(line, '（一）'), markerScope(2));
      assert.match(scopeOf(line, '扎实开展'), textScope(2));
      assert.match(scopeOf(line, '行动'), textScope(2));
      const quoted = scopeOf(line, '营商环境优化提升年');
      assert.match(quoted, /string\.quoted\.double\.law-report/);
      assert.match(quoted, textScope(2), 'the quote is still part of the heading');
      const body = scopeAt(line, '根据工作安排');
      assert.doesNotMatch(body, /heading/);
      assert.doesNotMatch(scopeAt(line, '。'), /heading/);
    });

    it('level 2 with ASCII parentheses: (一)加强党的全面领导,完善… ; and （一）、', () => {
      const line = '(一)加强党的全面领导,完善法治建设推进机制。局党委研究制定';
      assert.match(scopeOf(line, '(一)'), markerScope(2));
      assert.match(scopeOf(line, '加强党的全面领导,完善法治建设推进机制'), textScope(2));
      assert.doesNotMatch(scopeAt(line, '局党委'), /heading/);
      assert.match(scopeOf('（十一）、强化监督', '（十一）、'), markerScope(2));
    });

    it('level 3: 1.加强法治建设组织领导。 and 1、 1． １．', () => {
      const line = '1.加强法治建设组织领导。由党组书记、局长统筹';
      assert.match(scopeOf(line, '1.'), markerScope(3));
      assert.match(scopeOf(line, '加强法治建设组织领导'), textScope(3));
      assert.doesNotMatch(scopeAt(line, '由党组书记'), /heading/);
      for (const marker of ['1、', '1．', '１．', '12.']) {
        assert.match(scopeOf(`${marker}系统推进法治学习`, marker), markerScope(3), marker);
      }
    });

    it('3.5亿元 at the start of a line is a number with a unit, not a level-3 heading', () => {
      const line = '3.5亿元专项资金全部到位。';
      assert.match(scopeOf(line, '3.5亿元'), /constant\.numeric\.law-report/);
      assert.ok(tokens(line).every((t) => !/heading/.test(t.scopes)), JSON.stringify(tokens(line)));
      assert.ok(tokens('2024年工作计划').every((t) => !/heading/.test(t.scopes)), '2024年 is a year, not 2024.');
    });

    it('level 4: （1） (1) （１）', () => {
      assert.match(scopeOf('（1）细化任务分工', '（1）'), markerScope(4));
      assert.match(scopeOf('（1）细化任务分工', '细化任务分工'), textScope(4));
      assert.match(scopeOf('(2)压实责任', '(2)'), markerScope(4));
      assert.match(scopeOf('（１）压实责任', '（１）'), markerScope(4));
    });

    it('the four levels have four different marker scopes and four different text scopes', () => {
      const lines = ['一、甲乙', '（一）甲乙', '1.甲乙', '（1）甲乙'];
      const markers = lines.map((l) => tokens(l)[0].scopes);
      const texts = lines.map((l) => scopeOf(l, '甲乙'));
      assert.equal(new Set(markers).size, 4, markers.join('\n'));
      assert.equal(new Set(texts).size, 4, texts.join('\n'));
      for (let level = 1; level <= 4; level++) {
        assert.match(markers[level - 1], markerScope(level));
        assert.doesNotMatch(markers[level - 1], textScope(level), `level ${level} marker`);
        assert.doesNotMatch(texts[level - 1], markerScope(level), `level ${level} text`);
        for (let other = 1; other <= 4; other++) {
          if (other !== level) assert.doesNotMatch(markers[level - 1], new RegExp(`\\.level${other}\\.`), `level ${level} marker`);
        }
      }
    });

    it('ends the heading text at the first 。；：;: but not at the colon of a time', () => {
      assert.doesNotMatch(scopeAt('二、存在问题：一是学习不够', '一是学习'), /heading/);
      assert.doesNotMatch(scopeAt('（二）强化学习；推进改革', '推进改革'), /heading/);
      assert.doesNotMatch(scopeAt('(二)强化学习;推进改革', '推进改革'), /heading/);
      assert.doesNotMatch(scopeAt('1.主要做法:推进改革', '推进改革'), /heading/);
      assert.match(scopeAt('1.于15:30召开会议。', '召开会议'), textScope(3));
    });

    it('takes markers only at the start of a line (after indentation and bookmarks)', () => {
      const line = '鼓励各县（市、区）、园区结合本地实际，落实1.5万元，一、二两项';
      assert.ok(tokens(line).every((t) => !/heading/.test(t.scopes)), JSON.stringify(tokens(line)));
    });
  });

  it('一是 / 二是 items at the start of a line and after 。；，： in a paragraph', () => {
    assert.match(scopeOf('\u3000\u3000一是强化基础研究，推动成果应用。', '一是'), /keyword\.other\.item\.law-report/);
    assert.match(scopeOf('[bookmark: _GoBack]一是创新打造法治宣传阵地。', '一是'), /keyword\.other\.item/);
    const paragraph = '（二）推进决策法治化。一是加强文件管理；二是加强合同管理，三是执行法律顾问制度。';
    for (const item of ['一是', '二是', '三是']) assert.match(scopeOf(paragraph, item), /keyword\.other\.item/, item);
    assert.doesNotMatch(scopeAt('唯一是从', '一是'), /item/);
    assert.doesNotMatch(scopeAt('一是否落实到位', '一是'), /item/);
  });

  it('[bookmark: …] left by Word is an artifact, and the heading after it is still a heading', () => {
    const line = '[bookmark: _Hlk26169348]1.科学制订专项计划。';
    assert.match(scopeOf(line, '[bookmark: _Hlk26169348]'), /comment\.block\.artifact\.law-report/);
    assert.match(scopeOf(line, '[bookmark: _Hlk26169348]'), /invalid\.deprecated/);
    assert.match(scopeOf(line, '1.'), markerScope(3));
    assert.match(scopeOf(line, '科学制订专项计划'), textScope(3));
    assert.match(scopeOf('　　[bookmark: _GoBack]一、工作情况', '一、'), markerScope(1));
    assert.match(scopeOf('工作[bookmark: _GoBack]情况', '[bookmark: _GoBack]'), /artifact/);
  });

  it('《titles》, with quotes and 〈〉 inside them, and “quotes” ‘within quotes’', () => {
    const line = '根据《遂宁市“营商环境优化提升年”工作方案》任务分工';
    assert.match(scopeOf(line, '遂宁市'), /string\.other\.title\.law-report/);
    assert.match(scopeOf(line, '工作方案'), /string\.other\.title\.law-report/);
    assert.match(scopeOf(line, '营商环境优化提升年'), /string\.other\.title.*string\.quoted\.double/);
    assert.match(scopeOf(line, '《'), /punctuation\.definition\.title\.begin/);
    assert.match(scopeOf(line, '》'), /punctuation\.definition\.title\.end/);
    assert.doesNotMatch(scopeAt(line, '任务分工'), /string/);
    assert.match(scopeOf('学习《〈中华人民共和国民法典〉释义》', '中华人民共和国民法典'), /string\.other\.title/);
    const quotes = '坚持“让数据多跑路，‘群众’少跑路”的要求';
    assert.match(scopeOf(quotes, '让数据多跑路，'), /string\.quoted\.double\.law-report/);
    assert.match(scopeOf(quotes, '群众'), /string\.quoted\.single\.law-report/);
    assert.doesNotMatch(scopeAt(quotes, '的要求'), /string/);
    assert.match(scopeAt('“未闭合的引号到行尾', '行尾'), /string\.quoted/);
    assert.doesNotMatch(tokens('下一行').map((t) => t.scopes).join(' '), /string/, 'a quote does not run on to the next line');
  });

  it('keeps 《》“”‘’ themselves out of string tokens, so VS Code still pairs and colours them as brackets', () => {
    // Token type sits in bits 8-9 of tokenizeLine2's metadata (0 other, 1 comment, 2 string).
    const typeAt = (line: string, at: number) => {
      const data = grammar.tokenizeLine2(line, textmate.INITIAL).tokens;
      let meta = 0;
      for (let i = 0; i < data.length; i += 2) if (data[i] <= at) meta = data[i + 1];
      return (meta >>> 8) & 0b11;
    };
    const line = '根据《关于简政放权的意见》和“放管服（改革）”与‘群众’';
    for (const mark of '《》“”‘’') assert.equal(typeAt(line, line.indexOf(mark)), 0, mark);
    for (const text of ['关于', '放管服', '改革', '群众']) assert.equal(typeAt(line, line.indexOf(text)), 2, text);
    assert.equal(typeAt('[bookmark: _GoBack]正文', 0), 1, 'a bookmark reads as a comment');
  });

  it('dates and years', () => {
    const date = /constant\.other\.date\.law-report/;
    assert.match(scopeOf('成文于2025年3月24日。', '2025年3月24日'), date);
    for (const d of ['2024年', '2024年度', '2025.3.24', '2025-03-24', '二〇二五年三月', '2021—2025年', '2021-2025年']) {
      assert.match(scopeOf(`于${d}，`, d), date, d);
    }
    assert.match(scopeOf('截至2024年底', '2024年'), date);
  });

  it('numbers with units', () => {
    const numeric = /constant\.numeric\.law-report/;
    assert.match(scopeOf('受理来信86件，办结85件', '86件'), numeric);
    for (const n of ['3.5亿元', '67286家', '12.5%', '100％', '2次', '174项', '4个', '10人', '5720.58万元', '20余条次', '3个工作日', '26人次', '8场次', '5万']) {
      assert.match(scopeOf(`共${n}，`, n), numeric, n);
    }
    assert.ok(tokens('第三批').every((t) => !/numeric/.test(t.scopes)));
  });

  it('document numbers 厅字〔2019〕28号, 中发〔2021〕33号', () => {
    const ref = /constant\.other\.reference\.law-report/;
    assert.match(scopeOf('（厅字〔2019〕28号）', '厅字〔2019〕28号'), ref);
    assert.match(scopeOf('根据中发〔2021〕33号精神', '中发〔2021〕33号'), ref);
    assert.match(scopeOf('按照国办发〔2021〕12号要求', '国办发〔2021〕12号'), ref, 'the verb before it is not part of it');
  });

  describe('in a theme, each heading level reads in its own colour', () => {
    // The token rules of VS Code's Dark+ / Light+ (dark_vs+dark_plus, light_vs+light_plus) and of
    // its 2026 Dark theme (GitHub-style, which colours `markup.heading entity.name` as a heading)
    // that bear on the scopes this grammar uses: [selectors, foreground, fontStyle].
    type Rule = [string, string | undefined, string?];
    const THEMES: Record<string, { fg: string; rules: Rule[] }> = {
      'Dark+': {
        fg: '#D4D4D4',
        rules: [
          ['comment', '#6A9955'], ['string', '#CE9178'], ['constant.numeric', '#B5CEA8'], ['constant.language', '#569CD6'],
          ['entity.name.tag', '#569CD6'], ['invalid', '#F44747'], ['markup.underline', undefined, 'underline'],
          ['markup.bold', '#569CD6', 'bold'], ['markup.heading', '#569CD6', 'bold'], ['markup.italic', undefined, 'italic'],
          ['keyword', '#569CD6'], ['keyword.control', '#C586C0'], ['storage', '#569CD6'],
          ['entity.name.function, support.function', '#DCDCAA'],
          ['entity.name.type, entity.name.class, support.class, support.type', '#4EC9B0'],
          ['variable, support.variable', '#9CDCFE'],
        ],
      },
      'Light+': {
        fg: '#000000',
        rules: [
          ['comment', '#008000'], ['string', '#A31515'], ['constant.numeric', '#098658'], ['constant.language', '#0000FF'],
          ['entity.name.tag', '#800000'], ['invalid', '#CD3131'], ['markup.underline', undefined, 'underline'],
          ['markup.bold', '#000080', 'bold'], ['markup.heading', '#800000', 'bold'], ['markup.italic', undefined, 'italic'],
          ['keyword', '#0000FF'], ['keyword.control', '#AF00DB'], ['storage', '#0000FF'],
          ['entity.name.function, support.function', '#795E26'],
          ['entity.name.type, entity.name.class, support.class, support.type', '#267F99'],
          ['variable, support.variable', '#001080'],
        ],
      },
      '2026 Dark': {
        fg: '#D4D4D4',
        rules: [
          ['comment', '#8B949E'], ['constant.character', '#FF7B72'], ['constant, entity, variable.other.constant', '#79C0FF'],
          ['entity.name', '#FFA657'], ['entity.name.function', '#D2A8FF'], ['entity.name.tag', '#7EE787'],
          ['keyword, storage', '#FF7B72'], ['string', '#A5D6FF'], ['support', '#79C0FF'], ['variable', '#FFA657'],
          ['variable.other', '#C9D1D9'], ['invalid.deprecated', '#FFA198', 'italic'],
          ['markup.heading, markup.heading entity.name', '#79C0FF', 'bold'], ['markup.italic', '#C9D1D9', 'italic'],
          ['markup.bold', '#C9D1D9', 'bold'], ['markup.underline', undefined, 'underline'],
        ],
      },
    };
    // Bits of the token metadata vscode-textmate returns from tokenizeLine2 (EncodedTokenAttributes).
    const FONT_STYLE = (m: number) => (m >>> 11) & 0b1111;
    const FOREGROUND = (m: number) => (m >>> 15) & 0b111111111;

    for (const [name, { fg, rules }] of Object.entries(THEMES)) {
      it(name, async () => {
        const theme: textmate.IRawTheme = {
          name,
          settings: [
            { settings: { foreground: fg, background: '#808080' } },
            ...rules.map(([scope, foreground, fontStyle]) => ({ scope, settings: { foreground, fontStyle } })),
          ],
        };
        const themed = await loadGrammar(theme);
        /** Foreground index and font style of the token covering `text` in `line`. */
        const style = (line: string, text: string): string => {
          const at = line.indexOf(text);
          const data = themed.tokenizeLine2(line, textmate.INITIAL).tokens;
          let meta = 0;
          for (let i = 0; i < data.length; i += 2) if (data[i] <= at) meta = data[i + 1];
          return `${FOREGROUND(meta)}/${FONT_STYLE(meta)}`;
        };
        const color = (line: string, text: string) => style(line, text).split('/')[0];
        const lines = ['一、甲乙', '（一）甲乙', '1.甲乙', '（1）甲乙'];
        const markerColors = lines.map((l) => color(l, l.slice(0, l.indexOf('甲'))));
        const textColors = lines.map((l) => color(l, '甲乙'));
        const body = color('普通正文', '普通正文');
        assert.equal(new Set(markerColors).size, 4, `markers: ${markerColors}`);
        assert.equal(new Set(textColors).size, 4, `heading texts: ${textColors}`);
        assert.ok(!textColors.includes(body) && !markerColors.includes(body), 'a heading coloured like body text');
        for (const [line, text] of [
          ['根据《方案》', '方案'],
          ['“提升年”', '提升年'],
          ['受理86件', '86件'],
          ['于2025年3月24日', '2025年3月24日'],
          ['[bookmark: _GoBack]正文', '[bookmark: _GoBack]'],
        ]) {
          assert.notEqual(color(line, text), body, `${text} is coloured like body text`);
        }
        assert.notEqual(style('根据《方案》', '方案'), style('“方案”', '方案'), 'titles and quotes look alike');
      });
    }
  });

  it('language-configuration.json pairs, auto-closes and surrounds 《》（）“”‘’〔〕【】()[], and has no comments', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8'));
    const pairs = ['（）', '《》', '“”', '‘’', '〔〕', '【】', '()', '[]'];
    const asText = (list: ([string, string] | { open: string; close: string })[]) =>
      new Set(list.map((p) => (Array.isArray(p) ? p.join('') : p.open + p.close)));
    for (const key of ['brackets', 'autoClosingPairs', 'surroundingPairs']) {
      for (const pair of pairs) assert.ok(asText(config[key]).has(pair), `${key} lacks ${pair}`);
    }
    assert.equal(config.comments, undefined);
    assert.deepEqual('一、主要举措和成效。根据《方案》'.match(new RegExp(config.wordPattern, 'g')), ['一', '主要举措和成效', '根据', '方案']);
  });

  describe('on the seed reports', () => {
    // What a reader takes for a marker at the start of a line, written independently of the grammar.
    const LEVELS: [number, RegExp][] = [
      [2, /^[（(][一二三四五六七八九十]{1,3}[）)]/],
      [4, /^[（(][0-9０-９]{1,3}[）)]/],
      [1, /^[一二三四五六七八九十]{1,3}[、．.]/],
      [3, /^[0-9０-９]{1,3}(?:[.．](?![0-9０-９])|、)/],
    ];
    const LEAD = /^(?:[ \t\u3000\u00a0\ufeff]|\[bookmark:[^\]]*\])*/;
    const seeds = readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f)).sort();

    it('has seeds to read', () => assert.ok(seeds.length > 0));

    it('tokenises every line of every seed, carrying state, covering each line', () => {
      for (const name of seeds) {
        let state = textmate.INITIAL;
        readFileSync(join(SEEDS, name), 'utf8').split(/\r\n|\r|\n/).forEach((line, i) => {
          const result = grammar.tokenizeLine(line, state);
          assert.ok(!result.stoppedEarly, `${name}:${i + 1} stopped early`);
          assert.equal(result.tokens.at(-1)!.endIndex >= line.length, true, `${name}:${i + 1}`);
          state = result.ruleStack;
        });
      }
    });

    it('gives every line that starts with 一、 二、 … the level-1 scope (and each other marker its level)', () => {
      let level1 = 0;
      for (const name of seeds) {
        const lines = readFileSync(join(SEEDS, name), 'utf8').split(/\r\n|\r|\n/);
        let state = textmate.INITIAL;
        lines.forEach((line, i) => {
          const result = grammar.tokenizeLine(line, state);
          state = result.ruleStack;
          const lead = LEAD.exec(line)![0].length;
          const found = LEVELS.find(([, re]) => re.test(line.slice(lead)));
          if (!found) return;
          const [level] = found;
          const marker = result.tokens.find((t) => t.startIndex <= lead && lead < t.endIndex)!;
          assert.match(marker.scopes.join(' '), markerScope(level), `${name}:${i + 1} ${line.slice(0, 30)}`);
          if (level === 1) {
            level1++;
            const text = result.tokens.find((t) => t.startIndex >= marker.endIndex);
            if (text) assert.match(text.scopes.join(' '), textScope(1), `${name}:${i + 1}`);
          }
        });
      }
      assert.ok(level1 >= seeds.length * 2, `only ${level1} level-1 headings in ${seeds.length} seeds`);
    });
  });
});
