import { FormErrors, atMost, emptyMessage, lengthBetween } from './errors.js';

/** Discord's documented message limits (Channel resource → Create Message; Embed limits). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowButtons: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
} as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Checks the limits of a create/edit message body; emptiness is checked on the resulting message. */
export function validateMessageBody(body: Json, errors = new FormErrors()): FormErrors {
  if (body.content !== undefined && body.content !== null) {
    if (typeof body.content !== 'string') errors.add(['content'], 'BASE_TYPE_STRING', 'Value must be a string.');
    else if ([...body.content].length > LIMITS.content)
      errors.add(['content'], 'BASE_TYPE_MAX_LENGTH', atMost(LIMITS.content));
  }
  if (body.embeds !== undefined && body.embeds !== null) validateEmbeds(body.embeds, errors);
  if (body.components !== undefined && body.components !== null) validateComponents(body, errors);
  if (body.message_reference !== undefined && !isObject(body.message_reference))
    errors.add(['message_reference'], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
  return errors;
}

/** Discord counts content, embeds, components, files, stickers and polls as "something to send". */
export function assertNotEmpty(message: {
  content?: unknown;
  embeds?: unknown;
  components?: unknown;
  attachments?: unknown;
  sticker_ids?: unknown;
  poll?: unknown;
}): void {
  const nonEmpty = (v: unknown): boolean => Array.isArray(v) && v.length > 0;
  if (
    str(message.content).length === 0 &&
    !nonEmpty(message.embeds) &&
    !nonEmpty(message.components) &&
    !nonEmpty(message.attachments) &&
    !nonEmpty(message.sticker_ids) &&
    !isObject(message.poll)
  )
    throw emptyMessage();
}

function validateEmbeds(embeds: unknown, errors: FormErrors): void {
  if (!Array.isArray(embeds)) {
    errors.add(['embeds'], 'BASE_TYPE_LIST', 'Must be a list.');
    return;
  }
  if (embeds.length > LIMITS.embeds) errors.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', atMost(LIMITS.embeds));
  let total = 0;
  embeds.forEach((embed, i) => {
    if (!isObject(embed)) {
      errors.add(['embeds', i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    const limit = (path: Array<string | number>, value: unknown, max: number): void => {
      const length = [...str(value)].length;
      total += length;
      if (length > max) errors.add(['embeds', i, ...path], 'BASE_TYPE_MAX_LENGTH', atMost(max));
    };
    limit(['title'], embed.title, LIMITS.embedTitle);
    limit(['description'], embed.description, LIMITS.embedDescription);
    if (isObject(embed.footer)) limit(['footer', 'text'], embed.footer.text, LIMITS.footerText);
    if (isObject(embed.author)) limit(['author', 'name'], embed.author.name, LIMITS.authorName);
    const fields = embed.fields;
    if (fields !== undefined) {
      if (!Array.isArray(fields)) errors.add(['embeds', i, 'fields'], 'BASE_TYPE_LIST', 'Must be a list.');
      else {
        if (fields.length > LIMITS.embedFields)
          errors.add(['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', atMost(LIMITS.embedFields));
        fields.forEach((field: unknown, j) => {
          const f = isObject(field) ? field : {};
          for (const [key, max] of [
            ['name', LIMITS.fieldName],
            ['value', LIMITS.fieldValue],
          ] as const) {
            const length = [...str(f[key])].length;
            total += length;
            // A field's name and value are both required and must not be empty.
            if (length === 0) errors.add(['embeds', i, 'fields', j, key], 'BASE_TYPE_REQUIRED', 'This field is required');
            else if (length > max)
              errors.add(['embeds', i, 'fields', j, key], 'BASE_TYPE_MAX_LENGTH', atMost(max));
          }
        });
      }
    }
  });
  if (total > LIMITS.embedTotal)
    errors.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${LIMITS.embedTotal}`);
}

const BUTTON = 2;
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;
/** Message flag IS_COMPONENTS_V2: top-level layout components instead of action rows. */
const IS_COMPONENTS_V2 = 1 << 15;

function validateComponents(body: Json, errors: FormErrors): void {
  const rows = body.components;
  if (!Array.isArray(rows)) {
    errors.add(['components'], 'BASE_TYPE_LIST', 'Must be a list.');
    return;
  }
  // Components v2 layouts follow different rules (up to 40 components); the fake checks only that cap.
  if (typeof body.flags === 'number' && (body.flags & IS_COMPONENTS_V2) !== 0) {
    if (rows.length > 40) errors.add(['components'], 'BASE_TYPE_MAX_LENGTH', atMost(40));
    return;
  }
  if (rows.length > LIMITS.actionRows) errors.add(['components'], 'BASE_TYPE_MAX_LENGTH', atMost(LIMITS.actionRows));
  const seenIds = new Set<string>();
  rows.forEach((row: unknown, i) => {
    if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components)) {
      errors.add(['components', i], 'UNION_TYPE_CHOICES', 'Top-level components must be action rows.');
      return;
    }
    const children = row.components as unknown[];
    if (children.length === 0 || children.length > LIMITS.rowButtons)
      errors.add(['components', i, 'components'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, LIMITS.rowButtons));
    const hasSelect = children.some((c) => isObject(c) && SELECT_TYPES.has(c.type as number));
    if (hasSelect && children.length > 1)
      errors.add(['components', i, 'components'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width');
    children.forEach((child, j) => validateChild(child, ['components', i, 'components', j], errors, seenIds));
  });
}

function validateChild(child: unknown, path: Array<string | number>, errors: FormErrors, seenIds: Set<string>): void {
  if (!isObject(child)) {
    errors.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return;
  }
  const customId = child.custom_id;
  if (customId !== undefined) {
    const id = str(customId);
    if (id.length === 0 || id.length > LIMITS.customId)
      errors.add([...path, 'custom_id'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, LIMITS.customId));
    if (seenIds.has(id)) errors.add([...path, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
    seenIds.add(id);
  }
  if (child.type === BUTTON) {
    if (typeof child.style !== 'number' || child.style < 1 || child.style > 6)
      errors.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6}.');
    if (child.label !== undefined && [...str(child.label)].length > LIMITS.buttonLabel)
      errors.add([...path, 'label'], 'BASE_TYPE_MAX_LENGTH', atMost(LIMITS.buttonLabel));
    if (child.style === LINK_STYLE) {
      if (typeof child.url !== 'string') errors.add([...path, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required');
      if (customId !== undefined)
        errors.add([...path, 'custom_id'], 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED', 'Link buttons cannot have a custom_id');
    } else if (child.style !== PREMIUM_STYLE && customId === undefined) {
      errors.add([...path, 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
    }
    if (child.style !== PREMIUM_STYLE && child.label === undefined && child.emoji === undefined)
      errors.add([...path, 'label'], 'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED', 'A label or an emoji is required');
  } else if (SELECT_TYPES.has(child.type as number)) {
    if (customId === undefined) errors.add([...path, 'custom_id'], 'BASE_TYPE_REQUIRED', 'This field is required');
    if (child.type === 3) {
      const options = child.options;
      if (!Array.isArray(options) || options.length === 0 || options.length > LIMITS.selectOptions)
        errors.add([...path, 'options'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, LIMITS.selectOptions));
    }
  } else {
    errors.add([...path, 'type'], 'COMPONENT_TYPE_INVALID', 'Component type is not allowed inside an action row');
  }
}
