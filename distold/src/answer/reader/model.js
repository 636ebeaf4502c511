export function linearModel(weights) {
    return { weights: new Map(Object.entries(weights)) };
}
export function sigmoid(x) {
    return 1 / (1 + Math.exp(-x));
}
//# sourceMappingURL=model.js.map