import type { IncomingMessage } from 'node:http';
import { DiscordHttpError } from './errors.js';

export interface ParsedBody {
  body: unknown;
  files: Array<{ field: string; name: string; size: number; contentType: string }>;
}

/** Discord's request size cap for bots without boosted upload limits. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;

const invalidJson = (): DiscordHttpError =>
  new DiscordHttpError(400, { message: 'The request body contains invalid JSON.', code: 50109 });

/**
 * Reads a JSON body, or a multipart/form-data body whose `payload_json` part holds the JSON and whose
 * `files[n]` parts hold uploads (discord.js switches to multipart whenever files are attached).
 */
export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new DiscordHttpError(413, { message: 'Request entity too large', code: 40005 });
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) return parseMultipart(raw, type);
  try {
    return { body: JSON.parse(raw.toString('utf8')) as unknown, files: [] };
  } catch {
    throw invalidJson();
  }
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw invalidJson();
  }
  const files: ParsedBody['files'] = [];
  let body: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') {
        try {
          body = JSON.parse(value) as unknown;
        } catch {
          throw invalidJson();
        }
      }
    } else {
      files.push({ field, name: value.name, size: value.size, contentType: value.type });
    }
  }
  return { body, files };
}
