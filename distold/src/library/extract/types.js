/** A page that is not a readable article; the message can be shown to an admin as it is. */
export class ExtractionError extends Error {
    reason;
    url;
    name = 'ExtractionError';
    constructor(reason, message, 
    /** The page's address, when the caller gave one. */
    url) {
        super(message);
        this.reason = reason;
        this.url = url;
    }
}
//# sourceMappingURL=types.js.map