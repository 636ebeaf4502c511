import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { WebSocket, WebSocketServer } from 'ws';
import { GatewayIntentBits } from 'discord.js';
import { ALL_INTENTS, PRIVILEGED_INTENTS, intentFor } from './intents.js';
import { sessionReceives } from './sharding.js';
import type { World } from './state.js';
import type { Signals } from './waiter.js';

interface Frame {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

interface Session {
  id: string;
  intents: number;
  shard: [number, number];
  seq: number;
  /** Dispatches kept for RESUME, serialised when sent; Discord replays everything after the client's last seq. */
  sent: Array<{ s: number; text: string }>;
  valid: boolean;
  connection?: Connection;
}

interface Connection {
  socket: WebSocket;
  session?: Session;
  ready: boolean;
  heartbeatDeadline?: NodeJS.Timeout;
}

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  enabledPrivilegedIntents: number;
  url: () => string;
}

/** Close codes after which Discord will not resume the session (Gateway → close event codes). */
const SESSION_ENDING_CLOSES = new Set([4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);
const REPLAY_BUFFER = 1000;

/** The Discord gateway, v10 JSON without compression: HELLO, IDENTIFY/READY, heartbeats, RESUME, dispatches. */
export class Gateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  private acks = true;
  private readyDelayMs = 0;
  identifies = 0;
  resumes = 0;

  constructor(
    private readonly world: World,
    private readonly options: GatewayOptions,
    private readonly signals: Signals,
  ) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    // Only v10 + JSON without transport compression is modelled; say so instead of half-working.
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      if (query.get('v') !== '10') {
        ws.close(4012, 'Invalid API version');
        return;
      }
      this.accept(ws);
    });
  }

  /**
   * Sends a dispatch to every live session whose intents cover it and whose shard serves its guild
   * (`guildId`, the test guild by default; DMs go to shard 0); disconnected sessions keep it for RESUME.
   */
  dispatch(event: string, build: (intents: number) => unknown, inGuild = true, guildId = this.world.guildId): void {
    const needed = intentFor(event, inGuild);
    for (const session of this.sessions.values()) {
      if (!session.valid) continue;
      if (!sessionReceives(session.shard, inGuild ? guildId : undefined)) continue;
      if (needed !== undefined && (session.intents & needed) !== needed) continue;
      this.sendDispatch(session, event, build(session.intents));
    }
  }

  /** Whether a live session would receive an event of `guildId` (undefined: a DM). */
  hasSessionFor(guildId: string | undefined): boolean {
    return [...this.sessions.values()].some((s) => s.valid && sessionReceives(s.shard, guildId));
  }

  /** The `[shard_id, shard_count]` of every session connected and ready now. */
  readyShards(): Array<[number, number]> {
    return [...this.connections].filter((c) => c.ready && c.socket.readyState === WebSocket.OPEN && c.session).map((c) => c.session!.shard);
  }

  /** A client is connected, identified or resumed, and has its guild. */
  get ready(): boolean {
    return [...this.connections].some((c) => c.ready && c.socket.readyState === WebSocket.OPEN);
  }

  closeGateway(code: number): void {
    for (const connection of this.openConnections()) {
      if (SESSION_ENDING_CLOSES.has(code) && connection.session) connection.session.valid = false;
      // 1006 is never sent on the wire; it is what a client sees when the TCP connection just drops.
      if (code === 1006) connection.socket.terminate();
      else connection.socket.close(code, 'closed by fake-discord');
    }
  }

  sendOp(op: 7 | 9, d: unknown = op === 9 ? false : null): void {
    for (const connection of this.openConnections()) {
      if (op === 9 && d === false && connection.session) connection.session.valid = false;
      this.send(connection, { op, d, s: null, t: null });
    }
  }

  setHeartbeatAcks(on: boolean): void {
    this.acks = on;
  }

  /** Delay READY after each IDENTIFY by `ms` (0: at once), as Discord does under load. */
  setReadyDelay(ms: number): void {
    this.readyDelayMs = ms;
  }

  async close(): Promise<void> {
    for (const connection of this.connections) {
      clearTimeout(connection.heartbeatDeadline);
      connection.socket.terminate();
    }
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private openConnections(): Connection[] {
    return [...this.connections].filter((c) => c.socket.readyState === WebSocket.OPEN);
  }

  private accept(socket: WebSocket): void {
    const connection: Connection = { socket, ready: false };
    this.connections.add(connection);
    this.armHeartbeatDeadline(connection);
    socket.on('message', (raw, isBinary) => this.onFrame(connection, raw.toString(), isBinary));
    socket.on('close', (code) => this.onClose(connection, code));
    socket.on('error', () => socket.terminate());
    this.send(connection, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
  }

  private onClose(connection: Connection, code: number): void {
    clearTimeout(connection.heartbeatDeadline);
    this.connections.delete(connection);
    const session = connection.session;
    if (session && session.connection === connection) {
      session.connection = undefined;
      // A client closing with 1000/1001 ends its session; any other code leaves it resumable.
      if (code === 1000 || code === 1001) session.valid = false;
    }
    this.signals.notify();
  }

  /** Discord drops a connection that stops heartbeating; the grace here is one and a half intervals. */
  private armHeartbeatDeadline(connection: Connection): void {
    clearTimeout(connection.heartbeatDeadline);
    const interval = this.options.heartbeatIntervalMs;
    connection.heartbeatDeadline = setTimeout(() => {
      if (connection.session) connection.session.valid = false;
      connection.socket.close(4009, 'Session timed out');
    }, interval * 1.5 + 1000);
  }

  private onFrame(connection: Connection, text: string, isBinary: boolean): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      frame = JSON.parse(text) as { op?: unknown; d?: unknown };
    } catch {
      connection.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    if (isBinary || typeof frame !== 'object' || frame === null) {
      connection.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    switch (frame.op) {
      case 1:
        this.armHeartbeatDeadline(connection);
        if (this.acks) this.send(connection, { op: 11, d: null, s: null, t: null });
        return;
      case 2:
        this.identify(connection, frame.d);
        return;
      case 6:
        this.resume(connection, frame.d);
        return;
      case 3:
      case 4:
      case 8:
        if (!connection.session) connection.socket.close(4003, 'Not authenticated.');
        return;
      default:
        connection.socket.close(4001, 'Unknown opcode.');
    }
  }

  private tokenMatches(token: unknown): boolean {
    return typeof token === 'string' && token.replace(/^Bot /, '') === this.options.token;
  }

  private identify(connection: Connection, d: unknown): void {
    const data = (typeof d === 'object' && d !== null ? d : {}) as Record<string, unknown>;
    const close = (code: number, reason: string): void => connection.socket.close(code, reason);
    if (connection.session) return close(4005, 'Already authenticated.');
    if (!this.tokenMatches(data.token)) return close(4004, 'Authentication failed.');
    const intents = data.intents;
    if (typeof intents !== 'number' || !Number.isInteger(intents) || (intents & ~ALL_INTENTS) !== 0)
      return close(4013, 'Invalid intent(s).');
    if ((intents & PRIVILEGED_INTENTS & ~this.options.enabledPrivilegedIntents) !== 0)
      return close(4014, 'Disallowed intent(s).');
    const shard = Array.isArray(data.shard) ? (data.shard as [number, number]) : ([0, 1] as [number, number]);
    if (shard.length !== 2 || shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) return close(4010, 'Invalid shard.');
    this.identifies++;
    // A slow READY: the session only exists once READY is sent, so nothing is dispatched before it.
    if (this.readyDelayMs > 0) {
      const timer = setTimeout(() => {
        if (connection.socket.readyState === WebSocket.OPEN && !connection.session) this.startSession(connection, intents, shard);
      }, this.readyDelayMs);
      connection.socket.once('close', () => clearTimeout(timer));
      return;
    }
    this.startSession(connection, intents, shard);
  }

  private startSession(connection: Connection, intents: number, shard: [number, number]): void {
    const session: Session = { id: randomBytes(16).toString('hex'), intents, shard, seq: 0, sent: [], valid: true, connection };
    this.sessions.set(session.id, session);
    connection.session = session;
    const guilds = this.world.guildIds.filter((id) => sessionReceives(shard, id));
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: { ...this.world.botUser, verified: true, email: null },
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.options.url(),
      shard,
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
    });
    if ((intents & GatewayIntentBits.Guilds) !== 0) for (const id of guilds) this.sendDispatch(session, 'GUILD_CREATE', this.world.guildCreate(id));
    connection.ready = true;
    this.signals.notify();
  }

  private resume(connection: Connection, d: unknown): void {
    const data = (typeof d === 'object' && d !== null ? d : {}) as Record<string, unknown>;
    if (connection.session && connection.session.id !== data.session_id) {
      connection.socket.close(4005, 'Already authenticated.');
      return;
    }
    const session = this.sessions.get(String(data.session_id));
    if (!this.tokenMatches(data.token)) {
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    if (!session || !session.valid) {
      this.send(connection, { op: 9, d: false, s: null, t: null });
      return;
    }
    const seq = typeof data.seq === 'number' ? data.seq : 0;
    if (seq > session.seq) {
      session.valid = false;
      connection.socket.close(4007, 'Invalid seq.');
      return;
    }
    const previous = session.connection;
    if (previous && previous !== connection) {
      previous.session = undefined;
      previous.socket.close(4000, 'Session resumed elsewhere');
    }
    session.connection = connection;
    connection.session = session;
    this.resumes++;
    for (const frame of session.sent) if (frame.s > seq) this.sendText(connection, frame.text);
    this.sendDispatch(session, 'RESUMED', null);
    connection.ready = true;
    this.signals.notify();
  }

  private sendDispatch(session: Session, t: string, d: unknown): void {
    session.seq++;
    const text = JSON.stringify({ op: 0, t, s: session.seq, d } satisfies Frame);
    session.sent.push({ s: session.seq, text });
    if (session.sent.length > REPLAY_BUFFER) session.sent.shift();
    if (session.connection) this.sendText(session.connection, text);
  }

  private send(connection: Connection, frame: Frame): void {
    this.sendText(connection, JSON.stringify(frame));
  }

  private sendText(connection: Connection, text: string): void {
    if (connection.socket.readyState === WebSocket.OPEN) connection.socket.send(text);
  }
}
