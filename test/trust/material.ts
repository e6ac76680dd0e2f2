import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../server/src/service/report/parseReport';
import { type Diagnosis, runRules } from '../../server/src/service/rules/runRules';

// Test material for the rules' trustworthiness: correct/ holds reports where any finding is a false
// alarm; planted/ holds reports with errors marked ⟪code|text⟫, each of which must be found; heldout/
// holds drafts written after the rules were settled, measured as they are; blind/ holds two sets written by
// people who never saw the rules (docs/precision.md).

export const TRUST_DIR = __dirname;

export interface Planted {
  code: string;
  start: number;
  end: number;
}

export interface Material {
  name: string;
  text: string;
  planted: Planted[];
}

/** The draft with its markers removed, and where each marked error now stands. */
export function unmark(marked: string): { text: string; planted: Planted[] } {
  const planted: Planted[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/⟪([a-z-]+)\|([^⟫]*)⟫/g)) {
    text += marked.slice(last, m.index);
    planted.push({ code: m[1], start: text.length, end: text.length + m[2].length });
    text += m[2];
    last = m.index! + m[0].length;
  }
  return { text: text + marked.slice(last), planted };
}

/** The reports in a folder under test/trust (correct, planted, heldout, blind/a/planted …). */
export function readMaterial(folder: string): Material[] {
  const dir = join(TRUST_DIR, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, ...unmark(readFileSync(join(dir, name), 'utf8')) }));
}

export interface Score {
  /** Findings on a planted error of their code. */
  truePositives: number;
  /** Findings of another rule on a planted error's very span: they speak of that error (3、 is both a numbering and a heading-marker finding). */
  otherRuleOnPlanted: number;
  /** Findings anywhere else. */
  falsePositives: { file: string; code: string; text: string; message: string }[];
  /** Planted errors no finding of their code touches. */
  missed: { file: string; code: string; text: string }[];
  planted: number;
}

/** Every finding of every rule on the material, matched against the planted errors. */
export function score(materials: Material[]): Score {
  const result: Score = { truePositives: 0, otherRuleOnPlanted: 0, falsePositives: [], missed: [], planted: 0 };
  for (const { name, text, planted } of materials) {
    const found: Diagnosis[] = runRules(parseReport(text));
    const hits = (p: Planted) => (d: Diagnosis) => d.code === p.code && d.start < p.end && p.start < d.end;
    for (const d of found) {
      if (planted.some((p) => hits(p)(d))) result.truePositives++;
      else if (planted.some((p) => p.start === d.start && p.end === d.end)) result.otherRuleOnPlanted++;
      else result.falsePositives.push({ file: name, code: d.code, text: text.slice(d.start, d.end), message: d.message });
    }
    for (const p of planted) if (!found.some(hits(p))) result.missed.push({ file: name, code: p.code, text: text.slice(p.start, p.end) });
    result.planted += planted.length;
  }
  return result;
}
