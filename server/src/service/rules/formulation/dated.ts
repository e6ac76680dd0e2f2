// Dated entries against the report's own time. A report for year N is written by its date line (or, with
// none, by N+1年3月1日, the filing deadline of 厅字〔2019〕28号): citing a meeting or document from after
// that is impossible; citing a plan whose successor was issued before the year it speaks of, as the plan
// in force, is stale. A historical mention (十三五时期, 十九届六中全会以来) is neither.
import * as l10n from '@vscode/l10n';
import { parseDateLine } from '../../report/dates';
import type { Report } from '../../report/model';
import type { Finding } from '../ruleTypes';
import { type Member, MEMBERS } from './lexicon';

interface Mention {
  start: number;
  end: number;
  member: Member;
}

const BY_TEXT = new Map(MEMBERS.map((m) => [m.text, m]));
const TIMED = MEMBERS.filter((m) => m.date || m.supersededOn || m.period);

// Not a local committee's own plenum (市委二十届三中全会 counts its own sessions).
const PLENUM = /(?<![委])(十八|十九|二十)届((?:[一二三四五六七]中[、，,和及与]?)+)全会/g;
const CONGRESS = /党的(十八|十九|二十)大|(?<![一二三四五六七八九十第])(十八|十九|二十)大(?=精神|报告|以来|代表|胜利召开|和)/g;

/** A member's text as a pattern: its dashes, brackets and quotes written any of the usual ways. */
function patternOf(text: string): RegExp {
  const core = text.replace(/[“”]/g, '');
  const body = core
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/－/g, '\\s*[－\\-—–~～至]\\s*')
    .replace(/（/g, '[（(]')
    .replace(/）/g, '[）)]');
  // 十三五 and 七五普法 are mostly written with the number in quotes: “十三五”, “七五”普法.
  const quoted = /^[十一二三四五六七八九]+五/.test(core) ? body.replace(/^([十一二三四五六七八九]+五)/, '“?$1”?') : body;
  return new RegExp(`(?<![一二三四五六七八九十第])${quoted}`, 'g');
}

const LITERAL = TIMED.filter((m) => !/届.中全会$|^党的.+大$/.test(m.text)).map((m) => ({ member: m, re: patternOf(m.text) }));

// The plenum and congress patterns and each dated name, as one alternation.
const ANY = new RegExp([PLENUM, CONGRESS, ...LITERAL.map((l) => l.re)].map((re) => `(?:${re.source})`).join('|'), 'g');
const sticky = (re: RegExp) => new RegExp(re.source, 'y');
const ANY_AT = sticky(ANY);

/**
 * The plain text every match of ANY begins with (after an optional “): the numbers of 十八届…/党的二十大,
 * and each name up to its first dash or bracket (of “十三五”: the number). Searched as one alternation of
 * plain strings, which the regular-expression engine does fast; ANY is tried only there. (ANY itself, whose
 * branches begin with lookbehinds, was tried at every offset: a third of this rule's time.)
 */
const ANCHOR = new RegExp(
  [...new Set(['十八', '十九', '二十', '党的', ...LITERAL.map(({ member }) => anchorOf(member.text))])].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

function anchorOf(text: string): string {
  const core = text.replace(/[“”]/g, '');
  // A name beginning with a bracket would give the empty string: matched everywhere, slow but still right.
  // Four characters tell the names apart well enough (十四届全国人大……: one anchor for its sessions).
  return (/^[十一二三四五六七八九]+五/.exec(core)?.[0] ?? /^[^－（）]*/.exec(core)![0]).slice(0, 4);
}

/** Where ANY matches, as its global search would find them (left to right, each after the last). */
function anyMatches(text: string): { at: number; length: number }[] {
  const out: { at: number; length: number }[] = [];
  let done = 0;
  ANCHOR.lastIndex = 0;
  // One anchor may begin inside another (二十八届: 十八 inside 二十): every offset is tried.
  for (let a = ANCHOR.exec(text); a; ANCHOR.lastIndex = a.index + 1, a = ANCHOR.exec(text)) {
    for (const at of text.charCodeAt(a.index - 1) === 0x201c ? [a.index - 1, a.index] : [a.index]) {
      if (at < done) continue;
      ANY_AT.lastIndex = at;
      const m = ANY_AT.exec(text);
      if (!m) continue;
      out.push({ at, length: m[0].length });
      done = at + m[0].length;
    }
  }
  return out;
}
const PLENUM_AT = sticky(PLENUM);
const CONGRESS_AT = sticky(CONGRESS);
const LITERAL_AT = LITERAL.map(({ member, re }) => ({ member, re: sticky(re) }));

function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { at } of anyMatches(text)) {
    PLENUM_AT.lastIndex = at;
    const plenum = PLENUM_AT.exec(text);
    if (plenum) {
      for (const n of plenum[2].matchAll(/([一二三四五六七])中/g)) {
        const member = BY_TEXT.get(`${plenum[1]}届${n[1]}中全会`);
        if (member) out.push({ start: at, end: at + plenum[0].length, member });
      }
      continue;
    }
    CONGRESS_AT.lastIndex = at;
    const congress = CONGRESS_AT.exec(text);
    if (congress) {
      const member = BY_TEXT.get(`党的${congress[1] ?? congress[2]}大`);
      if (member) out.push({ start: at, end: at + congress[0].length, member });
      continue;
    }
    for (const { member, re } of LITERAL_AT) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) {
        out.push({ start: at, end: at + m[0].length, member });
        break;
      }
    }
  }
  return out;
}

/** 。；！？ and the line break, flagged by char code: read at each step of the walks below. */
const CLAUSE_END = new Uint8Array(0x10000);
for (const c of '。；！？\n') CLAUSE_END[c.charCodeAt(0)] = 1;

/** The clause around a span: from the last 。；！？ or line break before it to the next one after. */
function clause(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && CLAUSE_END[text.charCodeAt(from - 1)] !== 1 && start - from < 40) from--;
  let to = end;
  while (to < text.length && CLAUSE_END[text.charCodeAt(to)] !== 1 && to - end < 40) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

const AHEAD = /(迎接|喜迎|即将召开|将于|将要召开|筹备|召开前|期待|学习宣传贯彻即将)[^，。；]{0,8}$/;
// Delegates are elected and meetings prepared before they are held: 二十大代表选举, 召开前, 筹备.
const AHEAD_AFTER = /^[”》]?(即将召开|召开在即|将于|将要召开|筹备|召开前|召开之际|代表选举|代表推选|代表候选人|代表)/;
const HISTORY_BEFORE = /(以来|期间|时期|收官|总结|回顾|完成|结束|期末|届满|评估|验收|已|曾|原|上一轮|到期|实施情况|顺利|圆满|胜利|终期|取得|成效|成果|对比|相比|比较)/;
const HISTORY_AFTER = /^[^，,；。]{0,14}?(以来|期间|时期|收官|总结|回顾|完成|结束|期末|末期|届满|评估|验收|到期|实施情况|顺利|圆满|胜利|终期|取得|成效|成果|相比|对比|比较|相较)/;
// Later in the sentence, a plain past completion (……提出的目标，各项任务已经完成) makes the mention a look back.
const DONE_LATER = /已经?(?:全部|基本|全面|如期)?完成|均已完成/;
const MIDWAY = /^[”]?[^，。；]{0,8}?中期(?:评估|检查|督导)/;
const IN_FORCE = /(贯彻|落实|执行|按照|根据|依据|对照|实施|遵循|围绕|学习|对标|结合|推进|推动|抓好)[《“]?$/;
// A plan not yet begun is prepared, not carried out: 谋划“八五”普法, “十四五”规划编制.
const PREPARING = /谋划|编制|制定|起草|研究|前期|启动|衔接|筹备|准备|征求|建议|即将|开局/;
// “Y年是‘十三五’规划收官之年”: the year a plan opens or closes is fixed by its period.
const YEAR_IS = /(\d{4})年[是为][^，。；]{0,6}$/;
const OPENS_OR_CLOSES = /^[”]?[^，。；]{0,10}?(收官|开局|起步|开篇)之年/;

export function datedFindings(report: Report): Finding[] {
  const n = report.year;
  if (n === null) return [];
  const text = report.text;
  const parsed = report.dateLine ? parseDateLine(report.dateLine.text) : null;
  const cutoff = parsed
    ? iso(parsed.year, parsed.month, parsed.day ?? daysIn(parsed.year, parsed.month))
    : iso(n + 1, 3, 1);
  const cutoffLabel = parsed ? l10n.t('成文日期{0}', human(cutoff)) : l10n.t('无成文日期，按次年3月1日报送期限计');
  const planRanges = report.sections.filter((s) => s.part === 4).map((s) => [s.start, s.end] as const);
  const inPlan = (at: number) => planRanges.some(([s, e]) => at >= s && at < e);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { start, end, member } of mentions(text)) {
    const key = `${start}:${member.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const around = clause(text, start, end);
    if (member.date && member.date > cutoff) {
      if (AHEAD.test(around.before) || AHEAD_AFTER.test(around.after)) continue;
      findings.push({
        start,
        end,
        message: l10n.t('“{0}”{1}才{2}，这份{3}年度报告（{4}）不可能引用它：请核对届次、名称或报告年度。', member.text, human(member.date), verb(member), n, cutoffLabel),
      });
      continue;
    }
    if (member.period) {
      const said = YEAR_IS.exec(around.before);
      const role = said && OPENS_OR_CLOSES.exec(around.after);
      if (said && role) {
        const meant = role[1] === '收官' ? member.period[1] : member.period[0];
        if (Number(said[1]) !== meant) {
          findings.push({
            start,
            end,
            message: l10n.t('“{0}”的期限是{1}－{2}年，它的{3}之年是{4}年，不是{5}年。', member.text, member.period[0], member.period[1], role[1], meant, said[1]),
          });
        }
        continue;
      }
      const year = inPlan(start) ? n + 1 : n;
      if (year < member.period[0] && IN_FORCE.test(around.before) && !PREPARING.test(around.before + around.after)) {
        findings.push({
          start,
          end,
          message: l10n.t('“{0}”的期限是{1}－{2}年，{3}年它还没有开始，不能作为当年的依据：请核对名称或报告年度。', member.text, member.period[0], member.period[1], year),
        });
        continue;
      }
    }
    if (member.supersededOn && member.period) {
      const year = inPlan(start) ? n + 1 : n;
      if (member.period[1] >= year) continue;
      // A mid-term review (中期评估) is of a plan in force: its middle is long past once its period is over.
      const midway = MIDWAY.test(around.after);
      if (!midway && (HISTORY_BEFORE.test(around.before) || HISTORY_AFTER.test(around.after) || DONE_LATER.test(around.after))) continue;
      // Its period over but its successor issued only during the year (七五普法 in 2021, replaced that June):
      // stale only where a verb carries it out (深入实施“七五”普法规划).
      if (member.supersededOn >= iso(year, 1, 1) && !IN_FORCE.test(around.before)) continue;
      // Named beside its successor, it is the handover (“七五”普法规划和“八五”普法规划衔接).
      if (member.successor && namesSuccessor(around.before + around.after, member.successor)) continue;
      // A document cited by its title is guidance unless the clause makes it history; a bare period name
      // (十三五, 七五普法) outside the plan only when a verb puts it in force.
      const document = /[（(]/.test(text.slice(start, end));
      if (!inPlan(start) && !document && !midway && !IN_FORCE.test(around.before)) continue;
      findings.push({
        start,
        end,
        message: l10n.t('“{0}”的期限是{1}－{2}年，{3}起已由“{4}”接续；{5}年的工作不宜再以它为现行依据。', member.text, member.period[0], member.period[1], human(member.supersededOn), member.successor ?? '', year),
      });
    }
  }
  return findings;
}

/** The clause names the successor: its period name (八五), or its years as a span (2021－2025), not a year alone. */
function namesSuccessor(clauseText: string, successor: string): boolean {
  const years = /(\d{4})\s*[－\-—–~～至]\s*(\d{4})/.exec(successor);
  if (years) return new RegExp(`${years[1]}\\s*[－\\-—–~～至]\\s*${years[2]}`).test(clauseText);
  const period = /[十一二三四五六七八九]+五/.exec(successor)?.[0];
  return period !== undefined && clauseText.includes(period);
}

function verb(m: Member): string {
  return /全会|大$|会议/.test(m.text) ? l10n.t('召开') : l10n.t('发布');
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const human = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return l10n.t('{0}年{1}月{2}日', y, m, d);
};
