import { Locale } from 'discord.js';
import { FormErrors, atMost, lengthBetween } from './errors.js';

/** Discord's rule for CHAT_INPUT command and option names (Application Commands → naming). */
const NAME_PATTERN = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const VALID_LOCALES = new Set<string>(Object.values(Locale));
const CHAT_INPUT = 1;
const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;
const STRING = 3;
const INTEGER = 4;
const NUMBER = 10;
const MAX_COMMAND_CHARS = 4000;

type Json = Record<string, unknown>;
type Path = Array<string | number>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);

/** Validates a bulk-overwrite body the way Discord does, throwing a 50035 error with per-field paths. */
export function validateCommandList(body: unknown): Json[] {
  const errors = new FormErrors();
  if (!Array.isArray(body)) {
    errors.add([], 'BASE_TYPE_LIST', 'Must be a list.');
    errors.throwIfAny();
    return [];
  }
  const seen = new Set<string>();
  body.forEach((command, i) => {
    if (!isObject(command)) {
      errors.add([i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    validateCommand(command, [i], errors);
    const key = `${String(command.type ?? CHAT_INPUT)}:${String(command.name)}`;
    if (seen.has(key))
      errors.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
    seen.add(key);
  });
  const chatInputCount = body.filter((c) => isObject(c) && (c.type ?? CHAT_INPUT) === CHAT_INPUT).length;
  if (chatInputCount > 100) errors.add([], 'BASE_TYPE_MAX_LENGTH', atMost(100));
  errors.throwIfAny();
  return body as Json[];
}

function validateCommand(command: Json, path: Path, errors: FormErrors): void {
  const type = command.type ?? CHAT_INPUT;
  if (type !== 1 && type !== 2 && type !== 3 && type !== 4)
    errors.add([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4}.');
  if (type === CHAT_INPUT) {
    validateName(command.name, [...path, 'name'], errors);
    validateDescription(command.description, [...path, 'description'], errors);
    validateLocalizations(command, path, errors);
    validateOptions(command.options, [...path, 'options'], errors, 0);
    const size = largestLocaleSize(command);
    if (size > MAX_COMMAND_CHARS)
      errors.add(path, 'APPLICATION_COMMAND_TOO_LARGE', `Command exceeds maximum size (${MAX_COMMAND_CHARS})`);
  } else {
    // USER and MESSAGE commands: 1–32 characters of any case and spaces, and an empty description.
    if (len(command.name) < 1 || len(command.name) > 32)
      errors.add([...path, 'name'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 32));
    if (command.description !== undefined && command.description !== '')
      errors.add([...path, 'description'], 'APPLICATION_COMMAND_DESCRIPTION_INVALID', 'Description must be empty for this command type');
  }
}

function validateName(name: unknown, path: Path, errors: FormErrors): void {
  if (typeof name !== 'string') {
    errors.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    return;
  }
  if (len(name) < 1 || len(name) > 32) errors.add(path, 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 32));
  // Discord wants the lowercase variant of every character that has one.
  else if (!NAME_PATTERN.test(name) || name !== name.toLowerCase())
    errors.add(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
}

function validateDescription(description: unknown, path: Path, errors: FormErrors): void {
  if (typeof description !== 'string') errors.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
  else if (len(description) < 1 || len(description) > 100)
    errors.add(path, 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 100));
}

function validateLocalizations(item: Json, path: Path, errors: FormErrors): void {
  for (const [field, check] of [
    ['name_localizations', validateName],
    ['description_localizations', validateDescription],
  ] as const) {
    const map = item[field];
    if (map === undefined || map === null) continue;
    if (!isObject(map)) {
      errors.add([...path, field], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      continue;
    }
    for (const [locale, value] of Object.entries(map)) {
      if (!VALID_LOCALES.has(locale))
        errors.add([...path, field, locale], 'ENUM_TYPE_COERCE', `Value "${locale}" is not a valid enum value.`);
      else if (value !== null) check(value, [...path, field, locale], errors);
    }
  }
}

function validateOptions(options: unknown, path: Path, errors: FormErrors, depth: number): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    errors.add(path, 'BASE_TYPE_LIST', 'Must be a list.');
    return;
  }
  if (options.length > 25) errors.add(path, 'BASE_TYPE_MAX_LENGTH', atMost(25));
  let optionalSeen = false;
  const names = new Set<string>();
  options.forEach((option, i) => {
    const p = [...path, i];
    if (!isObject(option)) {
      errors.add(p, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    const type = option.type;
    if (typeof type !== 'number' || type < 1 || type > 11)
      errors.add([...p, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.');
    validateName(option.name, [...p, 'name'], errors);
    validateDescription(option.description, [...p, 'description'], errors);
    validateLocalizations(option, p, errors);
    if (typeof option.name === 'string') {
      if (names.has(option.name)) errors.add([...p, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
      names.add(option.name);
    }
    const nests = type === SUB_COMMAND || type === SUB_COMMAND_GROUP;
    if (nests) {
      // Subcommand groups hold subcommands, which hold plain options: nesting stops at depth 2.
      if (depth >= (type === SUB_COMMAND_GROUP ? 1 : 2))
        errors.add([...p, 'type'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Sub-command nesting is too deep');
      validateOptions(option.options, [...p, 'options'], errors, depth + 1);
      return;
    }
    if (option.required === true && optionalSeen)
      errors.add(p, 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    if (option.required !== true) optionalSeen = true;
    validateChoices(option, p, errors);
    for (const bound of ['min_length', 'max_length'] as const) {
      const v = option[bound];
      if (v !== undefined && (typeof v !== 'number' || v < 0 || v > 6000))
        errors.add([...p, bound], 'NUMBER_TYPE_MAX', 'int value should be between 0 and 6000.');
    }
  });
}

function validateChoices(option: Json, p: Path, errors: FormErrors): void {
  const type = option.type;
  const choices = option.choices;
  const valueTyped = type === STRING || type === INTEGER || type === NUMBER;
  if (option.autocomplete === true) {
    if (!valueTyped) errors.add([...p, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_INVALID', 'Autocomplete is only allowed on string, integer and number options');
    if (Array.isArray(choices) && choices.length > 0)
      errors.add([...p, 'autocomplete'], 'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID', 'Autocomplete cannot be set with choices');
  }
  if (choices === undefined || choices === null) return;
  if (!Array.isArray(choices)) {
    errors.add([...p, 'choices'], 'BASE_TYPE_LIST', 'Must be a list.');
    return;
  }
  if (!valueTyped && choices.length > 0)
    errors.add([...p, 'choices'], 'APPLICATION_COMMAND_OPTION_CHOICES_INVALID', 'Choices are only allowed on string, integer and number options');
  if (choices.length > 25) errors.add([...p, 'choices'], 'BASE_TYPE_MAX_LENGTH', atMost(25));
  choices.forEach((choice, j) => {
    const c = isObject(choice) ? choice : {};
    if (len(c.name) < 1 || len(c.name) > 100)
      errors.add([...p, 'choices', j, 'name'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 100));
    if (type === STRING && (typeof c.value !== 'string' || len(c.value) > 100))
      errors.add([...p, 'choices', j, 'value'], 'BASE_TYPE_BAD_LENGTH', lengthBetween(1, 100));
    if ((type === INTEGER || type === NUMBER) && typeof c.value !== 'number')
      errors.add([...p, 'choices', j, 'value'], 'NUMBER_TYPE_COERCE', 'Value is not a number.');
    validateLocalizations({ name_localizations: c.name_localizations }, [...p, 'choices', j], errors);
  });
}

/**
 * Discord caps the combined length of names, descriptions and choice names/values at 4000 characters,
 * counted per locale: every locale's text (falling back to the default) must fit on its own.
 */
function largestLocaleSize(command: Json): number {
  const locales: Array<string | undefined> = [undefined, ...VALID_LOCALES];
  return Math.max(...locales.map((locale) => sizeIn(command, locale)));
}

function localized(item: Json, field: 'name' | 'description', locale: string | undefined): number {
  const map = item[`${field}_localizations`];
  const value = locale !== undefined && isObject(map) ? map[locale] : undefined;
  return len(typeof value === 'string' ? value : item[field]);
}

function sizeIn(item: Json, locale: string | undefined): number {
  let total = localized(item, 'name', locale) + localized(item, 'description', locale);
  if (Array.isArray(item.options)) for (const o of item.options) if (isObject(o)) total += sizeIn(o, locale);
  if (Array.isArray(item.choices))
    for (const c of item.choices)
      if (isObject(c)) total += localized(c, 'name', locale) + len(typeof c.value === 'string' ? c.value : String(c.value));
  return total;
}
