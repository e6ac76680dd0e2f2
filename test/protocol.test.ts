import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/documents';

// The client reaches the server only through the shared protocol module, so the server's internals
// can move without breaking the extension.
describe('the client–server boundary', () => {
  it('client/src imports nothing from server/ but server/src/protocol', () => {
    const folder = join(ROOT, 'client', 'src');
    const imports = readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => [...readFileSync(join(folder, name), 'utf8').matchAll(/from '([^']*server\/[^']*)'/g)].map((m) => `${name}: ${m[1]}`));
    assert.ok(imports.length > 0);
    assert.deepEqual(
      imports.filter((line) => !line.endsWith(': ../../server/src/protocol')),
      [],
    );
  });
});
