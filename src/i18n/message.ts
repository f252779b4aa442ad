/**
 * Catalog sentences keep the names of their `{slots}` in their type, so that `fill` refuses a
 * missing or misspelt slot at typecheck, and a translation that drops a slot of the English
 * sentence does not compile. English is written with `messages({...})`, which reads the slots off
 * the literal text; another language with `translation<Catalog['x']>({...})`.
 */

/** The `{slot}` names in a sentence's literal type. */
export type SlotsOf<S> = S extends `${string}{${infer Slot}}${infer Rest}` ? Slot | SlotsOf<Rest> : never;

declare const slots: unique symbol;
/** A catalog sentence whose slots are `Slot`; a plain string to everything but `fill`. */
export type Message<Slot extends string = never> = string & { readonly [slots]?: Slot };

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (
  value: infer I,
) => void
  ? I
  : never;
/** A string that contains every `{slot}` of `Slot`, in any order. */
type Containing<Slot extends string> = [Slot] extends [never]
  ? string
  : UnionToIntersection<Slot extends string ? `${string}{${Slot}}${string}` : never>;

type Functionish = (...args: never[]) => unknown;
type Branded<T> = T extends string
  ? Message<SlotsOf<T>>
  : T extends Functionish
    ? T
    : { readonly [K in keyof T]: Branded<T[K]> };
type PluralCategory = Intl.LDMLPluralRule;
/** A plural sentence (plural.ts) translates into the categories of its own language: only `other` is required. */
type TranslatedPlural<Slot extends string> = { readonly other: Containing<Slot> } & {
  readonly [Category in Exclude<PluralCategory, 'other'>]?: Containing<Slot>;
};
type Translated<T> =
  T extends Message<infer Slot>
    ? Containing<Slot>
    : T extends Functionish
      ? T
      : T extends { readonly other: Message<infer Slot> }
        ? [Exclude<keyof T, PluralCategory>] extends [never]
          ? TranslatedPlural<Slot>
          : { readonly [K in keyof T]: Translated<T[K]> }
        : { readonly [K in keyof T]: Translated<T[K]> };

/** The English catalog part: the text is unchanged, its type remembers each sentence's slots. */
export function messages<const T>(english: T): Branded<T> {
  return english as Branded<T>;
}

/** Another language's part of the catalog: every sentence must keep the English sentence's slots. */
export function translation<T>(translated: Translated<T>): T {
  return translated as T;
}
