/** Why an article could not be read; names the file so an operator can act on it. */
export class ArticleError extends Error {
    file;
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.name = 'ArticleError';
    }
}
//# sourceMappingURL=types.js.map