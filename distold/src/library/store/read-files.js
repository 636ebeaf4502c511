import { readFile, rm, stat } from 'node:fs/promises';
import { describeIssues } from './schema.js';
export async function readText(file) {
    try {
        return { value: await readFile(file, 'utf8') };
    }
    catch (error) {
        return failure(file, error);
    }
}
/** Reads and parses a JSON file, checked against `schema` when one is given. */
export async function readJson(file, schema) {
    const text = await readText(file);
    if (!('value' in text))
        return text;
    let json;
    try {
        json = JSON.parse(text.value);
    }
    catch (error) {
        return { problem: { file, reason: `not valid JSON (${error.message})` }, missing: false };
    }
    if (!schema)
        return { value: json };
    const checked = schema.safeParse(json);
    if (!checked.success)
        return { problem: { file, reason: `unexpected content: ${describeIssues(checked.error)}` }, missing: false };
    return { value: checked.data };
}
/** A problem when `file` is not a regular file that can be found. */
export async function checkFile(file) {
    try {
        if ((await stat(file)).isFile())
            return undefined;
        return { file, reason: 'not a regular file' };
    }
    catch (error) {
        return failure(file, error).problem;
    }
}
/** Deletes what an interrupted write or removal left behind, saying so either way. */
export async function removeLeftover(path) {
    try {
        await rm(path, { recursive: true, force: true });
        return { file: path, reason: 'left by a write or removal that did not finish; deleted' };
    }
    catch (error) {
        return { file: path, reason: `left by a write or removal that did not finish; cannot delete (${errorCode(error)})` };
    }
}
export function errorCode(error) {
    const code = error?.code;
    return code ?? (error instanceof Error ? error.message : String(error));
}
function failure(file, error) {
    const code = errorCode(error);
    const missing = code === 'ENOENT';
    return { problem: { file, reason: missing ? 'missing' : `unreadable (${code})` }, missing };
}
//# sourceMappingURL=read-files.js.map