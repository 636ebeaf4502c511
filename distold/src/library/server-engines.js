export {};
//# sourceMappingURL=server-engines.js.map