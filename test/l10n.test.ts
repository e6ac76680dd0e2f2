import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/documents';

// Every message the user can see is written in Chinese in the source; the English bundle must
// translate each one, or English users would see Chinese.
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('localisation', () => {
  const english = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>;
  const messages = [...sources(join(ROOT, 'server', 'src')), ...sources(join(ROOT, 'client', 'src'))].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => ({ file, message: m[1] })),
  );

  it('finds the messages in the source', () => {
    assert.ok(messages.length > 50);
  });

  it('translates every message into English, keeping its {0} placeholders', () => {
    const missing = messages.filter((m) => !(m.message in english)).map((m) => m.message);
    assert.deepEqual([...new Set(missing)], []);
    for (const { message } of messages) {
      const placeholders = (s: string) => (s.match(/\{\d\}/g) ?? []).sort().join();
      assert.equal(placeholders(english[message]), placeholders(message), message);
    }
  });

  it('translates every reason the formulation lexicon gives (data/formulations.json)', () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'service', 'rules', 'data', 'formulations.json'), 'utf8')) as {
      wrongForms: { why: string }[];
      needsBefore: { why: string }[];
    };
    const missing = [...data.wrongForms, ...data.needsBefore].map((w) => w.why).filter((why) => !(why in english));
    assert.deepEqual([...new Set(missing)], []);
  });
});
