// The islands' translator: one namespace (or a few) of the interface strings, handed over by the
// page, with the two features the strings use: {{value}} / {{value, number}} interpolation and
// plural forms chosen by Intl.PluralRules (key_one, key_other, …, falling back to key_other).
// i18next stays on the server; this keeps its 40 kB out of every page with an island.
// Import-free: a type-only dependency on nothing, so any island can use it.

/** A namespace's strings: nested objects of strings (a plural form a language lacks is absent). */
export interface MessageTree {
  readonly [key: string]: string | MessageTree | undefined;
}

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type BaseKey<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key;

/** Every key of a message tree as a dotted path, plural forms under their base key ("search.results"). */
export type MessageKey<Tree> = {
  [Key in keyof Tree & string]: NonNullable<Tree[Key]> extends string ? BaseKey<Key> : `${Key}.${MessageKey<NonNullable<Tree[Key]>>}`;
}[keyof Tree & string];

export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate<Tree> = (key: MessageKey<Tree>, values?: MessageValues) => string;

function lookup(tree: MessageTree, path: readonly string[]): MessageTree | string | undefined {
  let node: MessageTree | string | undefined = tree;
  for (const segment of path) {
    if (typeof node !== 'object') return undefined;
    node = node[segment];
  }
  return node;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

// Made on first need and shared by every island of the page: creating an Intl object is slow (it loads
// locale data), and most strings have neither a count nor a number.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function cached<Value>(cache: Map<string, Value>, locale: string, make: (locale: string) => Value): Value {
  const found = cache.get(locale);
  if (found) return found;
  const made = make(locale);
  cache.set(locale, made);
  return made;
}

export function createTranslator<Tree extends MessageTree>(locale: string, messages: Tree): Translate<Tree> {
  const plurals = { select: (count: number) => cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag)).select(count) };
  const numbers = { format: (value: number) => cached(numberFormats, locale, (tag) => new Intl.NumberFormat(tag)).format(value) };
  const format = (template: string, values: MessageValues | undefined) =>
    template.replace(PLACEHOLDER, (placeholder: string, name: string, style: string | undefined) => {
      const value = values?.[name];
      if (value === undefined) return placeholder;
      return style === 'number' && typeof value === 'number' ? numbers.format(value) : String(value);
    });
  return (key, values) => {
    const path = key.split('.');
    const last = path.pop() ?? '';
    const parent = lookup(messages, path);
    if (typeof parent !== 'object') return key;
    const count = values?.count;
    const forms = typeof count === 'number' ? [`${last}_${plurals.select(count)}`, `${last}_other`, last] : [last];
    for (const form of forms) {
      const template = parent[form];
      if (typeof template === 'string') return format(template, values);
    }
    // A missing string shows its key, as i18next does, rather than nothing.
    return key;
  };
}
