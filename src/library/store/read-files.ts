import { readFile, rm, stat } from 'node:fs/promises';
import type { z } from 'zod';
import { describeIssues } from './schema.js';
import type { StoreProblem } from './types.js';

/** A file's content, or why it could not be had; `missing` tells an absent file from a bad one. */
export type Read<T> = { value: T } | { problem: StoreProblem; missing: boolean };

export async function readText(file: string): Promise<Read<string>> {
  try {
    return { value: await readFile(file, 'utf8') };
  } catch (error) {
    return failure(file, error);
  }
}

/** Reads and parses a JSON file, checked against `schema` when one is given. */
export async function readJson<T = unknown>(file: string, schema?: z.ZodType<T>): Promise<Read<T>> {
  const text = await readText(file);
  if (!('value' in text)) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch (error) {
    return { problem: { file, reason: `not valid JSON (${(error as Error).message})` }, missing: false };
  }
  if (!schema) return { value: json as T };
  const checked = schema.safeParse(json);
  if (!checked.success) return { problem: { file, reason: `unexpected content: ${describeIssues(checked.error)}` }, missing: false };
  return { value: checked.data };
}

/** A problem when `file` is not a regular file that can be found. */
export async function checkFile(file: string): Promise<StoreProblem | undefined> {
  try {
    if ((await stat(file)).isFile()) return undefined;
    return { file, reason: 'not a regular file' };
  } catch (error) {
    return failure(file, error).problem;
  }
}

/** Deletes what an interrupted write or removal left behind, saying so either way. */
export async function removeLeftover(path: string): Promise<StoreProblem> {
  try {
    await rm(path, { recursive: true, force: true });
    return { file: path, reason: 'left by a write or removal that did not finish; deleted' };
  } catch (error) {
    return { file: path, reason: `left by a write or removal that did not finish; cannot delete (${errorCode(error)})` };
  }
}

export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

function failure(file: string, error: unknown): { problem: StoreProblem; missing: boolean } {
  const code = errorCode(error);
  const missing = code === 'ENOENT';
  return { problem: { file, reason: missing ? 'missing' : `unreadable (${code})` }, missing };
}
