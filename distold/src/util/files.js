import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
/**
 * Writes through a temporary file and a rename, so a process reading the cache (or a second
 * `npm ci` building it at the same time) never sees half a file.
 */
export function writeAtomically(file, text, options = {}) {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    if (options.durable) {
        const fd = openSync(tmp, 'w');
        try {
            writeFileSync(fd, text);
            fsyncSync(fd);
        }
        finally {
            closeSync(fd);
        }
    }
    else {
        writeFileSync(tmp, text);
    }
    renameSync(tmp, file);
    if (options.durable)
        fsyncDirectory(dirname(file));
}
/**
 * Flushes a directory's entries, which is what makes a rename into it durable. Windows cannot
 * open a directory to flush it (and NTFS journals renames itself), so there this does nothing.
 */
export function fsyncDirectory(dir) {
    if (process.platform === 'win32')
        return;
    const fd = openSync(dir, 'r');
    try {
        fsyncSync(fd);
    }
    finally {
        closeSync(fd);
    }
}
//# sourceMappingURL=files.js.map