import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface WriteOptions {
  /**
   * Also flush the file and then its directory entry to disk, so the write survives a power cut
   * or a kernel crash and not only the death of this process. Off by default: it costs a disk
   * flush, and the caches written so far can be rebuilt; stored user data wants it on.
   */
  durable?: boolean;
}

/**
 * Writes through a temporary file and a rename, so a process reading the cache (or a second
 * `npm ci` building it at the same time) never sees half a file.
 */
export function writeAtomically(file: string, text: string | Uint8Array, options: WriteOptions = {}): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  if (options.durable) {
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } else {
    writeFileSync(tmp, text);
  }
  renameSync(tmp, file);
  if (options.durable) fsyncDirectory(dirname(file));
}

/**
 * Flushes a directory's entries, which is what makes a rename into it durable. Windows cannot
 * open a directory to flush it (and NTFS journals renames itself), so there this does nothing.
 */
export function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
