import { ShardingManager } from 'discord.js';
import { StartupError } from '../discord/bot.js';
/** Sent to a shard's process to stop it as a signal does: finish the replies in flight, then exit. */
const SHUTDOWN_MESSAGE = { wenda: 'shutdown' };
export function isShutdownRequest(message) {
    return typeof message === 'object' && message !== null && message.wenda === SHUTDOWN_MESSAGE.wenda;
}
/** More deaths than this within the window stop everything: a shard that cannot stay up is not restarted for ever. */
const MAX_DEATHS = 5;
const DEATH_WINDOW_MS = 10 * 60_000;
/** How long a shard has to finish its replies and exit once asked (its own drain is 10 s). */
const STOP_GRACE_MS = 20_000;
/**
 * The bot as several processes, one per shard, under discord.js's ShardingManager. Shards start
 * one after another; if one fails to start, all stop and the start fails (no restart loop). Once
 * all are up, a shard that exits is started again, unless shards keep exiting.
 */
export async function startShards(options) {
    const { logger, totalShards } = options;
    // No respawn while starting: a shard that dies before READY fails the start instead of looping.
    const manager = new ShardingManager(options.file, {
        totalShards,
        ...(options.shardIds ? { shardList: options.shardIds } : {}),
        token: options.token,
        respawn: false,
        mode: 'process',
        execArgv: process.execArgv,
    });
    const deaths = [];
    let finish = () => undefined;
    const finished = new Promise((resolve) => (finish = resolve));
    let stopping;
    const stopAll = (code) => (stopping ??= (async () => {
        manager.respawn = false;
        await Promise.all(manager.shards.map((shard) => stopShard(shard)));
        finish(code);
    })());
    manager.on('shardCreate', (shard) => {
        logger.info({ shard: shard.id, shards: totalShards }, 'starting shard');
        shard.on('ready', () => logger.info({ shard: shard.id }, 'shard ready'));
        shard.on('error', (error) => logger.error({ err: error, shard: shard.id }, 'shard failed'));
        shard.on('death', () => {
            if (stopping || !manager.respawn)
                return;
            const now = Date.now();
            deaths.push(now);
            while (deaths[0] < now - DEATH_WINDOW_MS)
                deaths.shift();
            if (deaths.length <= MAX_DEATHS)
                return void logger.warn({ shard: shard.id }, 'shard exited; starting it again');
            logger.error({ shard: shard.id, deaths: deaths.length }, 'shards keep exiting; stopping them all');
            void stopAll(1);
        });
    });
    try {
        await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs, timeout: options.readyTimeoutMs });
    }
    catch (error) {
        await stopAll(1);
        const reason = error instanceof Error ? error.message : String(error);
        throw new StartupError(`${reason} (the shard's own log lines above say why)`);
    }
    manager.respawn = true;
    logger.info({ shards: [...manager.shards.keys()], of: totalShards }, 'every shard ready');
    return { stop: () => stopAll(0), finished };
}
async function stopShard(shard) {
    const child = shard.process;
    if (!child || child.exitCode !== null || child.signalCode !== null)
        return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (shard.ready) {
        // Asked over IPC rather than by a signal: a shard that also got the terminal's Ctrl-C would read a
        // second signal as "exit now" and drop its replies in flight.
        child.send(SHUTDOWN_MESSAGE, (error) => {
            if (error)
                child.kill('SIGTERM');
        });
    }
    else {
        // Still starting: nothing in flight to finish.
        child.kill('SIGTERM');
    }
    const deadline = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(deadline);
}
/** The manager's SIGINT/SIGTERM: stop every shard cleanly and exit; a second signal kills them at once. */
export function stopShardsOnSignals(shards, logger) {
    let signalled = false;
    const onSignal = (signal) => {
        if (signalled)
            process.exit(1);
        signalled = true;
        logger.info({ signal }, 'signal received; stopping every shard');
        void shards.stop();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
}
//# sourceMappingURL=manager.js.map