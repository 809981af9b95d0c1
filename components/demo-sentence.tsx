import type { TFunction } from 'i18next';
import type { Unit } from '@/lib/article/model';
import type { Lexicon } from '@/lib/lexicon/segment';
import { senseText } from '@/lib/lexicon/sense';
import { wordKey } from '@/lib/lexicon/normalize';
import type { Locale } from '@/lib/i18n/config';
import { articlePath } from '@/lib/site';

/** The demo's sentence: the shortest of the first units whose Vietnamese has a few words the lexicon knows. */
export function demoUnit(units: readonly Unit[]): Unit | undefined {
  const candidates = units.slice(0, 12).filter((unit) => unit.en && unit.vi.words.filter((word) => word.entry).length >= 4 && unit.vi.text.length <= 180);
  return candidates.sort((a, b) => a.vi.text.length - b.vi.text.length)[0];
}

/**
 * A sentence of the newest article on the library page, each known word a button that opens its
 * gloss in a popover: the browser's own (the popover attribute), so the demo works without JavaScript.
 */
export function DemoSentence({ unit, slug, lexicon, t, locale }: { unit: Unit; slug: string; lexicon: Lexicon; t: TFunction; locale: Locale }) {
  const { text, words } = unit.vi;
  const parts: React.ReactNode[] = [];
  let at = 0;
  words.forEach((word, index) => {
    const entry = word.entry === null ? undefined : lexicon.byKey.get(wordKey(word.entry));
    const sense = entry ? (entry.senses[word.sense] ?? entry.senses[0]) : undefined;
    if (!entry || !sense) return;
    if (word.start > at) parts.push(text.slice(at, word.start));
    const id = `demo-${index}`;
    parts.push(
      <button key={`w${index}`} type="button" className="demo-word" popoverTarget={id}>
        {text.slice(word.start, word.end)}
      </button>,
      <span key={`g${index}`} id={id} popover="auto" className="demo-gloss">
        <span lang="vi" className="demo-gloss-word">
          {entry.word}
        </span>{' '}
        <span lang="en">{senseText(sense)}</span>
      </span>,
    );
    at = word.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return (
    <section className="demo" aria-labelledby="demo-heading">
      <h2 id="demo-heading" className="demo-heading">
        {t('library.demoHeading')}
      </h2>
      <p lang="vi" className="demo-vi">
        {parts}
      </p>
      <p lang="en" className="demo-en">
        {unit.en?.text}
      </p>
      <p className="demo-more">
        {t('library.demoMore')} <a href={`${articlePath(locale, slug)}#${unit.id}`}>{t('library.demoOpen')}</a>
      </p>
    </section>
  );
}
