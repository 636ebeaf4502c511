import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { FetchRefused, refuse } from './refused.js';

/** Decoders for the codings requestPinned advertises; `x-gzip` is an old alias some servers still send. */
const DECOMPRESSORS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

function decompressed(response: IncomingMessage): Readable {
  const coding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (coding === 'identity' || coding === '') return response;
  const decompressor = DECOMPRESSORS[coding];
  if (decompressor === undefined) throw refuse.unknownEncoding();
  // pipeline destroys every stream when one fails, so a broken connection ends the iteration below.
  return pipeline(response, decompressor(), () => {});
}

export interface BodyLimits {
  maxBytes: number;
  /** The fetch's deadline; its reason is thrown when it aborts mid-body. */
  signal: AbortSignal;
  /** The site's name, for a refusal when the connection breaks off. */
  hostname: string;
}

/**
 * The response body, decompressed, refused as soon as it passes `maxBytes` — counted after
 * decompression, so a small gzip bomb is stopped too. A Content-Length over the cap is refused
 * before a byte is read. The response is always destroyed when this returns or throws.
 */
export async function readBody(response: IncomingMessage, { maxBytes, signal, hostname }: BodyLimits): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    if (Number(response.headers['content-length']) > maxBytes) throw refuse.tooLarge(maxBytes);
    for await (const chunk of decompressed(response)) {
      const bytes = chunk as Buffer;
      total += bytes.length;
      if (total > maxBytes) throw refuse.tooLarge(maxBytes);
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof FetchRefused) throw error;
    if (signal.aborted) throw signal.reason;
    throw refuse.brokenOff(hostname, error);
  } finally {
    response.destroy();
  }
  return Buffer.concat(chunks, total);
}
