export function createInflight() {
    const running = new Set();
    return {
        track(work) {
            running.add(work);
            const done = () => running.delete(work);
            work.then(done, done);
            return work;
        },
        async idle(timeoutMs) {
            let timer;
            const timeout = new Promise((resolve) => {
                timer = setTimeout(resolve, timeoutMs);
                timer.unref();
            });
            await Promise.race([Promise.allSettled([...running]).then(() => undefined), timeout]);
            clearTimeout(timer);
        },
        get size() {
            return running.size;
        },
    };
}
//# sourceMappingURL=inflight.js.map