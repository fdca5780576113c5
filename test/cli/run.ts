import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root, where `src/cli/main.ts` lives. */
export const ROOT = join(__dirname, '../..');
const MAIN = join(ROOT, 'src/cli/main.ts');

/** Result of one CLI run. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** An environment without a Chinese locale, so the default language is English. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'LANG']) if (!(k in extra)) delete env[k];
  return env;
}

/**
 * Runs `huiwu ARGS…` as a child process (node --import tsx src/cli/main.ts) from the repository root.
 * Asynchronous, so the test worker stays responsive while the CLI runs.
 */
export function huiwu(
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      env: cleanEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(opts.input ?? '');
  });
}

/** Runs a shell script (bash) from the repository root and returns its stdout. */
export function sh(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(out).toString('utf8')));
  });
}

/** A fresh temporary directory for fixture files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'huiwu-cli-'));
}

/** True when stderr is a single line `huiwu: …` with no stack frames. */
export function oneLineError(stderr: string): boolean {
  const lines = stderr.trimEnd().split('\n');
  return lines.length === 1 && lines[0]!.startsWith('huiwu: ') && !/\n\s+at /.test(stderr);
}

/** Collects every leaf value of a parsed JSON document with its key. */
export function leaves(v: unknown, key = '', out: { key: string; value: unknown }[] = []) {
  if (Array.isArray(v)) {
    for (const x of v) leaves(x, key, out);
  } else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) leaves(x, k, out);
  else out.push({ key, value: v });
  return out;
}
