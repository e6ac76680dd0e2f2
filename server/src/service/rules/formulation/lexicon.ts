// The formulation lexicon (data/formulations.json) read once into the shapes the checks use.
import data from '../data/formulations.json';

export interface Member {
  text: string;
  family: string;
  source: string;
  /** First day held or published (YYYY-MM-DD). */
  date?: string;
  /** Years a plan covers, inclusive. */
  period?: [number, number];
  /** When the successor was issued; from then on the entry is history, not guidance in force. */
  supersededOn?: string;
  successor?: string;
}

export interface WrongForm {
  wrong: string;
  right: string;
  why: string;
  /** A pattern the text around the match (8 characters each side) must contain: short wrong forms are common words elsewhere. */
  context?: RegExp;
  /** The character right after / before the match must not be one of these. */
  notAfter?: RegExp;
  notBefore?: RegExp;
}

interface RawWrongForm {
  wrong: string;
  right: string;
  why: string;
  context?: string;
  notAfter?: string;
  notBefore?: string;
  quote?: string;
}

export const MEMBERS: readonly Member[] = data.families.flatMap((f) =>
  f.members.map((m) => ({ family: f.family, source: f.source, ...(m as Partial<Member>), text: m.text }) as Member),
);

/** Every written form known to be correct: family members, words of their own (法制审核) and the right side of each wrong form. */
export const CORRECT: readonly string[] = [
  ...new Set([...MEMBERS.map((m) => m.text), ...data.alsoCorrect, ...data.wrongForms.map((w) => w.right)]),
];

// A plenum written with 大 for 届 (十九大六中全会): one wrong form per plenum of the lexicon.
const PLENUM_AS_CONGRESS: RawWrongForm[] = MEMBERS.filter((m) => m.family === 'plenums' && /^(十八|十九|二十)届[一二三四五六七]中全会$/.test(m.text)).map((m) => ({ wrong: m.text.replace('届', '大'), right: m.text, why: '全会的届次写“届”：十九届六中全会是第十九届中央委员会第六次全体会议，“十九大”是党的第十九次全国代表大会' }));

export const WRONG_FORMS: readonly WrongForm[] = [...(data.wrongForms as RawWrongForm[]), ...PLENUM_AS_CONGRESS].flatMap((raw) => {
  const one = (wrong: string, right: string): WrongForm => ({
    wrong,
    right,
    why: raw.why,
    context: raw.context ? new RegExp(raw.context) : undefined,
    notAfter: raw.notAfter ? new RegExp(`^${raw.notAfter}`) : undefined,
    notBefore: raw.notBefore ? new RegExp(`${raw.notBefore}$`) : undefined,
  });
  const forms = [one(raw.wrong, raw.right)];
  // A name usually written in quotes (“四个全面”战略部署) is listed once and matched both ways.
  if (raw.quote) forms.push(one(raw.wrong.replace(raw.quote, `“${raw.quote}”`), raw.right.replace(raw.quote, `“${raw.quote}”`)));
  return forms;
});

export const SERIES: readonly { items: string[]; source: string }[] = data.series;

/** Characters writers confuse (同音、形近), each group symmetric. */
export const CONFUSABLE = new Map<string, string[]>();
// A character may sit in several groups (治 with 冶 and with 制): its confusables are all of them.
for (const group of data.confusions) for (const c of group) CONFUSABLE.set(c, [...new Set([...(CONFUSABLE.get(c) ?? []), ...group.filter((o) => o !== c)])]);

export const NEEDS_BEFORE: readonly { text: string; before: string; why: string }[] = data.needsBefore;

/** Two-character words that sound alike and are each correct (督察/督查, 权力/权利): a homophone slip making one is no slip. */
export const SOUND_ALIKE_WORDS: ReadonlySet<string> = new Set(data.soundAlikeWords.flat());

/**
 * Two-character words of like meaning that writers put one for the other inside a fixed formulation
 * (公正/公平, 体系/体制, 核心/中心): each group's words are swapped for each other. notAfter: a written word
 * that, followed by this, is a collocation of its own (体制机制).
 */
export const WORD_CONFUSIONS: readonly { words: string[]; notAfter?: Record<string, string> }[] = data.wordConfusions;

/** Counted formulations whose number is fixed (四个意识): another count before the same words is a slip. */
export const FIXED_COUNTS: readonly string[] = data.fixedCounts.members;
