import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = join(__dirname, '../fixtures');

/** Every document of the corpora and held-out sets with its manifest entry's address. */
function documents(): { where: string; url: string | undefined; text: string }[] {
  const out: { where: string; url: string | undefined; text: string }[] = [];
  const dirs: string[] = [];
  for (const top of [
    'corpus',
    'holdout',
    'fresh',
    'fresh2',
    'fresh3',
    'fresh4',
    'fresh5',
    'fresh6',
    'fresh7',
    'fresh8',
    'fresh9',
    'fresh10',
  ]) {
    const root = join(FIXTURES, top);
    if (!existsSync(root)) continue;
    for (const g of readdirSync(root)) dirs.push(join(top, g));
  }
  for (const d of [
    'plans',
    'plans-holdout',
    'plans-fresh',
    'plans-fresh2',
    'plans-fresh3',
    'plans-fresh4',
    'plans-fresh5',
    'plans-fresh6',
    'plans-fresh7',
    'plans-fresh8',
  ])
    if (existsSync(join(FIXTURES, d))) dirs.push(d);
  for (const d of dirs) {
    const manifest = join(FIXTURES, d, 'manifest.json');
    if (!existsSync(manifest)) continue;
    for (const m of JSON.parse(readFileSync(manifest, 'utf8')) as { file: string; url?: string }[]) {
      const path = join(FIXTURES, d, m.file);
      if (existsSync(path))
        out.push({ where: `${d}/${m.file}`, url: m.url, text: readFileSync(path, 'utf8') });
    }
  }
  return out;
}

describe('the corpora hold each document once', () => {
  const docs = documents();
  it('finds the documents', () => expect(docs.length).toBeGreaterThan(200));

  it('no page is in two places: not by address, not by text (a held-out copy in the development set leaks)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const d of docs) {
      const hash = createHash('sha256').update(d.text).digest('hex');
      for (const key of [d.url ? `url ${d.url}` : undefined, `text ${hash}`]) {
        if (!key) continue;
        const first = seen.get(key);
        if (first && first !== d.where) twice.push(`${d.where} = ${first}`);
        else seen.set(key, d.where);
      }
    }
    expect([...new Set(twice)]).toEqual([]);
  });
});
