import type { en } from './locales/en';

/** The plural categories other than "other", which every language has. */
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many';
type PluralKey = `${string}_${PluralCategory}`;

/**
 * Another language's strings for an English namespace: the same keys, but plural forms are
 * optional, because each language defines only the categories Intl.PluralRules gives it
 * (Vietnamese has only "other"; i18next and the client translator fall back to `_other`).
 * `check:i18n` checks the categories per language.
 */
export type Translation<English> = {
  [Key in keyof English as Key extends PluralKey ? never : Key]: English[Key] extends string ? string : Translation<English[Key]>;
} & {
  [Key in keyof English as Key extends PluralKey ? Key : never]?: string;
};

/** Every interface string, as the English defines them. */
export type Resources = typeof en;
/** Every interface string in any one language. */
export type Messages = Translation<Resources>;
export type Namespace = keyof Messages;
