import { MessageType } from 'discord.js';
import {
  DiscordHttpError,
  FormErrors,
  alreadyAcknowledged,
  invalidWebhookToken,
  lengthBetween,
  atMost,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
} from './errors.js';
import { EPHEMERAL, LOADING, type StoredMessage, type World } from './state.js';
import type { Interaction, InteractionResult, InteractionResultKind } from './types.js';
import { assertNotEmpty, validateMessageBody } from './validate-message.js';
import type { Signals } from './waiter.js';

type Json = Record<string, unknown>;

/** Discord: answer within 3 s; the token then works for follow-ups and edits for 15 minutes. */
export const INITIAL_RESPONSE_WINDOW_MS = 3_000;
export const TOKEN_LIFETIME_MS = 15 * 60_000;

const CALLBACK = { pong: 1, reply: 4, defer: 5, deferUpdate: 6, update: 7, autocomplete: 8, modal: 9 } as const;
/** Which callback types Discord accepts for each interaction type (2 command, 3 component, 4 autocomplete, 5 modal submit). */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  1: [CALLBACK.pong],
  2: [CALLBACK.reply, CALLBACK.defer, CALLBACK.modal],
  3: [CALLBACK.reply, CALLBACK.defer, CALLBACK.deferUpdate, CALLBACK.update, CALLBACK.modal],
  4: [CALLBACK.autocomplete],
  5: [CALLBACK.reply, CALLBACK.defer, CALLBACK.deferUpdate, CALLBACK.update],
};

export interface MessageEvents {
  /** THREAD_CREATE for a thread just opened. */
  threadCreated(thread: unknown): void;
  created(message: StoredMessage): void;
  updated(message: StoredMessage): void;
  deleted(message: StoredMessage): void;
}

interface Entry {
  interaction: Interaction;
  acknowledgedWith?: number;
  expired: boolean;
  originalId?: string;
  /** For component interactions: the message whose button was clicked. */
  sourceMessageId?: string;
  /** The modal this interaction opened, until the member submits it (a modal is submitted once). */
  modal?: Json;
  followupIds: Set<string>;
  results: InteractionResult[];
}

export interface HttpAnswer {
  status: number;
  body?: unknown;
}

/** The lifecycle of every interaction: its 3 s / 15 min windows, callbacks, @original edits and follow-ups. */
export class InteractionLedger {
  private readonly byId = new Map<string, Entry>();
  private readonly byToken = new Map<string, Entry>();

  constructor(
    private readonly world: World,
    private readonly events: MessageEvents,
    private readonly signals: Signals,
  ) {}

  add(interaction: Interaction, sourceMessageId?: string): void {
    const entry: Entry = { interaction, expired: false, sourceMessageId, followupIds: new Set(), results: [] };
    this.byId.set(interaction.id, entry);
    this.byToken.set(interaction.token, entry);
  }

  expire(id: string): void {
    const entry = this.byId.get(id);
    if (!entry) throw new Error(`fake-discord: no interaction ${id}`);
    entry.expired = true;
  }

  /** The modal interaction `id` opened and no one submitted yet, with where it was opened. */
  openModal(id: string): { modal: Json; interaction: Interaction; sourceMessageId?: string } | undefined {
    const entry = this.byId.get(id);
    return entry?.modal ? { modal: entry.modal, interaction: entry.interaction, sourceMessageId: entry.sourceMessageId } : undefined;
  }

  /** A submitted modal closes: it cannot be submitted again. */
  closeModal(id: string): void {
    const entry = this.byId.get(id);
    if (entry) delete entry.modal;
  }

  results(id: string): InteractionResult[] {
    return this.byId.get(id)?.results ?? [];
  }

  callback(id: string, token: string, body: unknown, withResponse: boolean): HttpAnswer {
    const entry = this.byId.get(id);
    if (!entry || entry.interaction.token !== token || this.tokenDead(entry)) throw unknownInteraction();
    if (entry.acknowledgedWith !== undefined) throw alreadyAcknowledged();
    // Past the 3 s window the user already saw "The application did not respond".
    if (Date.now() - entry.interaction.createdAt > INITIAL_RESPONSE_WINDOW_MS) throw unknownInteraction();
    const payload = (typeof body === 'object' && body !== null ? body : {}) as Json;
    const type = payload.type;
    const data = (typeof payload.data === 'object' && payload.data !== null ? payload.data : {}) as Json;
    const errors = new FormErrors();
    if (typeof type !== 'number' || !(ALLOWED_CALLBACKS[entry.interaction.type] ?? []).includes(type)) {
      errors.add(['type'], 'INTERACTION_RESPONSE_TYPE_INVALID', 'Invalid interaction response type for this interaction');
      errors.throwIfAny();
    }
    const callbackType = type as number;
    let message: StoredMessage | undefined;
    let choices: InteractionResult['choices'];
    switch (callbackType) {
      case CALLBACK.reply: {
        validateMessageBody(data, errors).throwIfAny();
        assertNotEmpty(data);
        message = this.createResponse(entry, data, 0);
        break;
      }
      case CALLBACK.defer:
        message = this.createResponse(entry, {}, LOADING | ((Number(data.flags) & EPHEMERAL) !== 0 ? EPHEMERAL : 0));
        break;
      case CALLBACK.deferUpdate:
        entry.originalId = entry.sourceMessageId;
        break;
      case CALLBACK.update: {
        validateMessageBody(data, errors).throwIfAny();
        const source = this.world.messages.get(entry.sourceMessageId ?? '');
        if (!source) throw unknownMessage();
        assertNotEmpty({ ...source, ...data });
        message = this.world.editMessage(source, data);
        entry.originalId = source.id;
        this.events.updated(message);
        break;
      }
      case CALLBACK.autocomplete:
        choices = validateChoices(data);
        break;
      case CALLBACK.modal:
        validateModal(data);
        entry.modal = data;
        break;
    }
    entry.acknowledgedWith = callbackType;
    const final = callbackType !== CALLBACK.defer && callbackType !== CALLBACK.deferUpdate;
    this.record(entry, 'callback', final, data, message, { callbackType, choices });
    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id,
          type: entry.interaction.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: callbackType === CALLBACK.defer,
                response_message_ephemeral: ((message.flags ?? 0) & EPHEMERAL) !== 0,
              }
            : {}),
        },
        resource: { type: callbackType, ...(message && (callbackType === CALLBACK.reply || callbackType === CALLBACK.update) ? { message } : {}) },
      },
    };
  }

  /** Routes under /webhooks/{application.id}/{token}/… */
  webhook(method: string, applicationId: string, token: string, rest: string[], body: unknown, query: Record<string, string>): HttpAnswer {
    if (applicationId !== this.world.applicationId) throw unknownWebhook();
    const entry = this.byToken.get(token);
    if (!entry || this.tokenDead(entry)) throw invalidWebhookToken();
    // Before the first callback there is no webhook behind the token yet.
    if (entry.acknowledgedWith === undefined) throw unknownWebhook();
    const data = (typeof body === 'object' && body !== null ? body : {}) as Json;
    if (rest.length === 0 && method === 'POST') return this.followup(entry, data, query.wait === 'true');
    if (rest[0] !== 'messages' || rest.length !== 2) throw unknownWebhook();
    const target = this.targetMessage(entry, rest[1]!);
    switch (method) {
      case 'GET':
        return { status: 200, body: target };
      case 'PATCH': {
        validateMessageBody(data).throwIfAny();
        const wasLoading = ((target.flags ?? 0) & LOADING) !== 0;
        assertNotEmpty({ ...target, ...data });
        const edited = this.world.editMessage(target, data);
        if (wasLoading) edited.flags = (edited.flags ?? 0) & ~LOADING;
        this.events.updated(edited);
        this.record(entry, target.id === entry.originalId ? 'edit-original' : 'edit-followup', true, data, edited);
        return { status: 200, body: edited };
      }
      case 'DELETE':
        this.world.deleteMessage(target);
        this.events.deleted(target);
        this.record(entry, target.id === entry.originalId ? 'delete-original' : 'delete-followup', true, {}, undefined);
        return { status: 204 };
      default:
        throw new DiscordHttpError(405, { message: '405: Method Not Allowed', code: 0 });
    }
  }

  private followup(entry: Entry, data: Json, wait: boolean): HttpAnswer {
    validateMessageBody(data).throwIfAny();
    assertNotEmpty(data);
    const original = entry.originalId ? this.world.messages.get(entry.originalId) : undefined;
    let message: StoredMessage;
    if (original && ((original.flags ?? 0) & LOADING) !== 0) {
      // The first follow-up after a deferral fills in the "thinking…" message instead of adding one.
      message = this.world.editMessage(original, data);
      message.flags = (message.flags ?? 0) & ~LOADING;
      this.events.updated(message);
    } else {
      message = this.createResponse(entry, data, 0, true);
    }
    this.record(entry, 'followup', true, data, message);
    return wait ? { status: 200, body: message } : { status: 204 };
  }

  private targetMessage(entry: Entry, which: string): StoredMessage {
    const id = which === '@original' ? entry.originalId : entry.followupIds.has(which) || which === entry.originalId ? which : undefined;
    const message = id ? this.world.messages.get(id) : undefined;
    if (!message) throw unknownMessage();
    return message;
  }

  private createResponse(entry: Entry, data: Json, extraFlags: number, isFollowup = false): StoredMessage {
    const p = entry.interaction.payload;
    const user = ((p.member as Json | undefined)?.user ?? p.user) as StoredMessage['author'];
    const commandName = (p.data as Json | undefined)?.name;
    const flags = (typeof data.flags === 'number' ? data.flags & EPHEMERAL : 0) | extraFlags;
    const message = this.world.createMessage(String(p.channel_id), this.world.botUser, { ...data, flags }, {
      webhook_id: this.world.applicationId,
      application_id: this.world.applicationId,
      type: entry.interaction.type === 2 && !isFollowup ? MessageType.ChatInputCommand : MessageType.Default,
      interaction_metadata: {
        id: entry.interaction.id,
        type: entry.interaction.type,
        user,
        authorizing_integration_owners: p.authorizing_integration_owners,
        ...(typeof commandName === 'string' ? { name: commandName } : {}),
      } as StoredMessage['interaction_metadata'],
    });
    if (isFollowup) entry.followupIds.add(message.id);
    else entry.originalId = message.id;
    if ((flags & EPHEMERAL) === 0) this.events.created(message);
    return message;
  }

  private record(entry: Entry, kind: InteractionResultKind, final: boolean, body: Json, message: StoredMessage | undefined, extra: Partial<InteractionResult> = {}): void {
    const at = Date.now();
    entry.results.push({
      kind,
      final,
      body,
      ...(message ? { message: structuredClone(message) } : {}),
      at,
      latencyMs: at - entry.interaction.createdAt,
      ...extra,
    });
    this.signals.notify();
  }

  private tokenDead(entry: Entry): boolean {
    return entry.expired || Date.now() - entry.interaction.createdAt > TOKEN_LIFETIME_MS;
  }
}

/** Autocomplete results: at most 25 choices, each name 1–100 characters, string values at most 100. */
function validateChoices(data: Json): Array<{ name: string; value: string | number }> {
  const errors = new FormErrors();
  const choices = data.choices;
  if (!Array.isArray(choices)) {
    errors.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
    errors.throwIfAny();
    return [];
  }
  if (choices.length > 25) errors.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', atMost(25));
  choices.forEach((choice: Json, i) => {
    const name = typeof choice?.name === 'string' ? [...choice.name].length : 0;
    if (name < 1 || name > 100) errors.add(['data', 'choices', i, 'name'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 100));
    const value = choice?.value;
    if (typeof value === 'string' ? [...value].length > 100 : typeof value !== 'number')
      errors.add(['data', 'choices', i, 'value'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 100));
  });
  errors.throwIfAny();
  return choices as Array<{ name: string; value: string | number }>;
}

/**
 * Modals: custom_id 1–100, title 1–45, 1–5 action rows, each holding one text input (custom_id
 * 1–100, label 1–45, style 1 short or 2 paragraph, lengths within 0–4000, placeholder up to 100).
 */
function validateModal(data: Json): void {
  const errors = new FormErrors();
  const len = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);
  if (len(data.custom_id) < 1 || len(data.custom_id) > 100) errors.add(['data', 'custom_id'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 100));
  if (len(data.title) < 1 || len(data.title) > 45) errors.add(['data', 'title'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 45));
  const components = data.components;
  if (!Array.isArray(components) || components.length < 1 || components.length > 5)
    errors.add(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 5));
  (Array.isArray(components) ? (components as Json[]) : []).forEach((row, i) => {
    const inputs = Array.isArray(row.components) ? (row.components as Json[]) : [];
    const input = inputs[0];
    if (row.type !== 1 || inputs.length !== 1 || input?.type !== 4) {
      errors.add(['data', 'components', i], 'UNION_TYPE_CHOICES', 'A modal row holds one text input');
      return;
    }
    const at = ['data', 'components', i, 'components', 0];
    if (len(input.custom_id) < 1 || len(input.custom_id) > 100) errors.add([...at, 'custom_id'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 100));
    if (len(input.label) < 1 || len(input.label) > 45) errors.add([...at, 'label'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 45));
    if (input.style !== 1 && input.style !== 2) errors.add([...at, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of (1, 2).');
    for (const field of ['min_length', 'max_length'] as const)
      if (input[field] !== undefined && !(Number.isInteger(input[field]) && Number(input[field]) >= 0 && Number(input[field]) <= 4000))
        errors.add([...at, field], 'NUMBER_TYPE_MAX', 'int value should be between 0 and 4000');
    if (len(input.placeholder) > 100) errors.add([...at, 'placeholder'], 'BASE_TYPE_MAX_LENGTH', atMost(100));
  });
  errors.throwIfAny();
}
