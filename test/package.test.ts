/** The package's shipped artifacts stay in step with the code. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { budgetJsonSchema, meetingJsonSchema, PolicySchema } from '../src/index.js';

const shipped = (name: string) =>
  JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8'));

describe('JSON Schemas in schemas/', () => {
  it.each([
    ['budget.schema.json', () => budgetJsonSchema()],
    ['meeting.schema.json', () => meetingJsonSchema()],
    ['policy.schema.json', () => z.toJSONSchema(PolicySchema) as Record<string, unknown>],
  ])('%s matches the zod schema (run `npm run schemas` after changing a schema)', (name, make) => {
    const { $id: _id, title: _title, ...rest } = shipped(name);
    expect(rest).toEqual(JSON.parse(JSON.stringify(make())));
  });

  it('the example budgets validate against the shipped budget schema shape', () => {
    const schema = shipped('budget.schema.json');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain('total');
  });
});
