import { afterAll, afterEach } from 'vitest';
import { closeAll, closing, closingAfterFile } from './cleanup.js';

// A setup file (vitest.config.ts): evaluated before every test file, so these hooks are each file's.
afterEach(() => closeAll(closing));
afterAll(() => closeAll(closingAfterFile));
