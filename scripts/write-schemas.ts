/**
 * Writes the JSON Schemas of the input formats to schemas/, generated from the zod schemas so the
 * shipped files never drift from the code. Runs as part of `npm run build`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod';
import { budgetJsonSchema, meetingJsonSchema, PolicySchema } from '../src/index.js';

const out = new URL('../schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name: string, schema: Record<string, unknown>, title: string) => {
  const doc = { ...schema, $id: `https://huiwu.dev/schemas/${name}`, title };
  writeFileSync(new URL(name, out), `${JSON.stringify(doc, null, 2)}\n`);
};
write('budget.schema.json', budgetJsonSchema(), 'huiwu budget');
write('meeting.schema.json', meetingJsonSchema(), 'huiwu meeting');
write(
  'policy.schema.json',
  z.toJSONSchema(PolicySchema) as Record<string, unknown>,
  'huiwu meeting-fee policy',
);
console.log('schemas written: budget, meeting, policy');
