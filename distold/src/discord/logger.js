import { destination as toFd, pino } from 'pino';
const CENSOR = '[redacted]';
/** Fields that hold a token by name, in our objects and in discord.js / undici errors. */
const REDACT_PATHS = [
    'token',
    '*.token',
    'config.token',
    'headers.authorization',
    'headers.Authorization',
    'err.requestBody',
    'err.rawError',
    '*.headers.authorization',
    '*.headers.Authorization',
];
/**
 * A stream that removes each secret from every line before it is written. Field redaction
 * only covers paths we know; a token can also hide in an error message or a stack, so the
 * final JSON line is scrubbed as well.
 */
function scrubbing(secrets, out) {
    const wanted = secrets.filter((s) => s.length >= 8);
    if (wanted.length === 0)
        return out;
    return {
        write(line) {
            let clean = line;
            for (const secret of wanted)
                clean = clean.split(secret).join(CENSOR);
            out.write(clean);
        },
    };
}
/** Structured JSON logs to stderr with the token removed from every field and every line. */
export function createLogger(options = {}) {
    const destination = options.destination ?? toFd({ dest: 2, sync: true });
    return pino({ level: options.level ?? 'info', base: { app: 'wenda' }, redact: { paths: REDACT_PATHS, censor: CENSOR } }, scrubbing(options.secrets ?? [], destination));
}
//# sourceMappingURL=logger.js.map