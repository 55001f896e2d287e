// @vitest-environment node
// The layers' rules (.dependency-cruiser.cjs, run by `npm run deps`) bite: on a tiny tree with one
// file breaking each rule, and files that keep to them, the checker reports exactly the breaks.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Each file of the tree and what it imports. */
const TREE: Record<string, string[]> = {
  // Keeping to the rules: the page and the tools import the model, the model imports the model.
  'src/model/speech.ts': [],
  'src/app/view.ts': ['../model/speech.ts'],
  'tooling/build.ts': ['../src/model/speech.ts', 'node:fs'],
  'server/serve.ts': ['../src/model/speech.ts', 'node:http'],
  // Breaking them, one rule each.
  'src/model/reaches-app.ts': ['../app/view.ts'],
  'src/model/uses-node.ts': ['node:fs'],
  'src/app/uses-node.ts': ['node:path'],
  'src/app/presenter/reaches-tooling.ts': ['../../../tooling/build.ts'],
  'src/app/reaches-server.ts': ['../../server/serve.ts'],
  'server/reaches-app.ts': ['../src/app/view.ts'],
  'src/model/first.ts': ['./second.ts'],
  'src/model/second.ts': ['./first.ts'],
  'src/app/misspelt.ts': ['./nowhere.ts'],
};

let base = '';
let result: ICruiseResult;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'lectern-layers-'));
  for (const [file, imports] of Object.entries(TREE)) {
    mkdirSync(dirname(join(base, file)), { recursive: true });
    const lines = imports.map((from, i) => `import * as m${i} from '${from}';`);
    writeFileSync(join(base, file), [...lines, `export const used = [${imports.map((_, i) => `m${i}`).join(', ')}];`, ''].join('\n'));
  }
  const options = await extractDepcruiseOptions(resolve('.dependency-cruiser.cjs'));
  const { output } = await cruise(['src', 'tooling', 'server'], { ...options, validate: true, baseDir: base });
  if (typeof output === 'string') throw new Error('dependency-cruiser gave text, not a result');
  result = output;
}, 30_000);

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe('the layers rules', () => {
  it('report each break, by rule, and nothing of the files that keep to them', () => {
    const found = result.summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} -> ${to}`).sort();
    expect(found).toEqual(
      [
        'app-no-node: src/app/uses-node.ts -> path',
        'app-not-to-tooling-or-server: src/app/presenter/reaches-tooling.ts -> tooling/build.ts',
        'app-not-to-tooling-or-server: src/app/reaches-server.ts -> server/serve.ts',
        'model-is-pure: src/model/reaches-app.ts -> src/app/view.ts',
        'model-no-node: src/model/uses-node.ts -> fs',
        'no-circular: src/model/first.ts -> src/model/second.ts',
        'node-not-to-app: server/reaches-app.ts -> src/app/view.ts',
        'resolvable: src/app/misspelt.ts -> ./nowhere.ts',
      ].sort(),
    );
  });
});
