// The workbench's pure parts: translation memory, edits that keep every untouched byte, the line
// diff, the input policy, the request gate, undo, the progress count, the forms' records, the
// English as the site reads it, and the LibreTranslate client against the tests' fake server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { lexiconEntrySchema } from '../../lib/lexicon/schema';
import { entitySchema } from '../../lib/entities/schema';
import { englishText } from '../../lib/workbench/client/english-text';
import { entityFromForm, entityIdFrom, wordFromForm } from '../../lib/workbench/client/forms';
import { statusAfterEdit, translatedCount } from '../../lib/workbench/client/progress';
import { debounce, UndoStack } from '../../lib/workbench/client/undo-stack';
import { lineDiff, rewriteNote, rewriteUnit, setFrontmatter, sourceUnits } from '../../lib/workbench/edit-source';
import { stringsOf, textProblem } from '../../lib/workbench/input-policy';
import { libreTranslate, translatorFromEnvironment } from '../../lib/workbench/machine-translation';
import { buildMemory, memoryTokens, suggest } from '../../lib/workbench/memory';
import { localHosts, refusal, type RequestFacts } from '../../lib/workbench/server/guard';
import { createFakeLibreTranslate, requests } from '../e2e-workbench/fake-libretranslate';

const DRAFT = readFileSync('tests/fixtures/workbench/articles/viet-nam-va-nga-thuc-day-hop-tac-nghe-ca.md', 'utf8');

describe('translation memory', () => {
  const memory = buildMemory([
    { slug: 'a', unit: 's5', vi: 'Các hãng thông tấn Nga và Triều Tiên đồng loạt đưa tin đậm nét về cuộc hội đàm nói trên.', en: 'Russian and North Korean news agencies all gave the talks prominent coverage.' },
    { slug: 'a', unit: 's4', vi: 'Ảnh: Sputnik', en: 'Photo: Sputnik' },
    { slug: 'b', unit: 's9', vi: 'Ảnh: Sputnik', en: 'Photo: Sputnik' },
    { slug: 'b', unit: 's1', vi: 'Hai nước ký hiệp định mới.', en: 'The two countries sign a new agreement.' },
  ]);

  test('tokens are syllables and numbers, lower case', () => {
    assert.deepEqual(memoryTokens('Ngày 19/6, ÔNG Putin'), ['ngày', '19', '6', 'ông', 'putin']);
  });

  test('a close sentence (≥ 70%) comes with its differing syllables marked', () => {
    const [first, ...rest] = suggest(memory, 'Các hãng thông tấn Nga và Việt Nam đồng loạt đưa tin đậm nét về cuộc gặp nói trên.');
    assert.equal(rest.length, 0);
    assert.ok(first);
    assert.equal(first.score.toFixed(2), '0.80');
    assert.deepEqual(first.pieces.filter((piece) => !piece.same).map((piece) => piece.text.trim()), ['Triều Tiên', 'hội đàm']);
    assert.equal(first.pieces.map((piece) => piece.text).join(''), first.entry.vi);
  });

  test('an exact repeat is marked exact, the same translation offered once, the unit itself left out', () => {
    const found = suggest(memory, 'Ảnh: Sputnik', { slug: 'a', unit: 's4' });
    assert.deepEqual(found.map((suggestion) => [suggestion.entry.slug, suggestion.exact]), [['b', true]]);
    assert.deepEqual(suggest(memory, 'Một câu hoàn toàn khác.'), []);
  });
});

describe('edits keep every untouched byte', () => {
  test('a unit gets its English and status; nothing else changes', () => {
    const next = rewriteUnit(DRAFT, 's3', { en: 'The two sides agreed.', status: 'machine' });
    const diff = lineDiff(DRAFT, next, 0);
    assert.deepEqual(
      diff.map((line) => `${line.kind}${line.text}`),
      ['-:::unit{#s3}', '+:::unit{#s3 status="machine"}', '+', '+The two sides agreed.'],
    );
    assert.equal(rewriteUnit(next, 's3', { en: '', status: 'translated' }), DRAFT);
    assert.equal(rewriteUnit(DRAFT, 's4', { en: 'The new agreement will take effect in 2025.', status: 'translated' }), DRAFT);
    assert.throws(() => rewriteUnit(DRAFT, 's99', { en: 'x', status: 'translated' }), /no unit s99/);
  });

  test('the units are read with their English as written (Markdown)', () => {
    const units = sourceUnits(rewriteUnit(DRAFT, 's1', { en: 'On :entity[October 15]{off}, *they* met.', status: 'reviewed' }));
    assert.deepEqual(units.map((unit) => [unit.id, unit.status, unit.en]).slice(0, 2), [
      ['s1', 'reviewed', 'On :entity[October 15]{off}, *they* met.'],
      ['s2', 'untranslated', null],
    ]);
  });

  test('an editorial note gets its two paragraphs; nothing else changes', () => {
    const withNote = `${DRAFT}\n::::notes\n:::note{#n1 for="s1"}\nGhi chú cũ.\n\nOld note.\n:::\n::::\n`;
    const next = rewriteNote(withNote, 'n1', { vi: 'Ghi chú mới.', en: 'New note.' });
    assert.deepEqual(lineDiff(withNote, next, 0).map((line) => `${line.kind}${line.text}`), ['-Ghi chú cũ.', '+Ghi chú mới.', '-Old note.', '+New note.']);
    assert.throws(() => rewriteNote(withNote, 'n1', { vi: 'Chỉ tiếng Việt.', en: ' ' }), /needs a Vietnamese and an English/);
    assert.throws(() => rewriteNote(withNote, 'n9', { vi: 'a', en: 'b' }), /no note n9/);
  });

  test('a frontmatter value changes alone', () => {
    const next = setFrontmatter(DRAFT, ['status'], 'published');
    assert.deepEqual(lineDiff(DRAFT, next, 0).map((line) => `${line.kind}${line.text}`), ['-status: draft', '+status: published']);
    const waived = setFrontmatter(DRAFT, ['qa_waivers'], [{ unit: 's2', rule: 'entities', reason: 'a reason of some length' }]);
    assert.equal(setFrontmatter(waived, ['qa_waivers'], undefined), DRAFT);
  });
});

describe('input policy and the request gate', () => {
  test('raw HTML, control and invisible characters, line breaks and overlong values are refused', () => {
    assert.equal(textProblem('<script>alert(1)</script>')?.problem, 'html');
    assert.equal(textProblem('a <img src=x>')?.problem, 'html');
    assert.equal(textProblem('3 < 4 and 5 > 2'), null);
    assert.equal(textProblem('zero\u200bwidth')?.problem, 'control');
    assert.equal(textProblem('bidi \u202e')?.problem, 'control');
    assert.equal(textProblem('two\nlines')?.problem, 'line-break');
    assert.equal(textProblem('x'.repeat(5000))?.problem, 'length');
    assert.deepEqual(stringsOf({ a: ['x', { b: 'y' }] }).map((item) => item.path), ['a(key)', 'a[0]', 'a[1].b(key)', 'a[1].b']);
  });

  const facts = (overrides: Partial<RequestFacts>): RequestFacts => ({ method: 'GET', host: '127.0.0.1:4715', origin: undefined, secFetchSite: undefined, tokenHeader: undefined, tokenCookie: undefined, contentType: undefined, ...overrides });
  test('Host, Origin, Sec-Fetch-Site, method, token and content type', () => {
    assert.deepEqual(localHosts(4715), ['127.0.0.1:4715', 'localhost:4715']);
    assert.equal(refusal(facts({}), 4715, 'tok'), null);
    assert.equal(refusal(facts({ host: 'attacker.example:4715' }), 4715, 'tok')?.status, 421);
    assert.equal(refusal(facts({ host: '127.0.0.1:80' }), 4715, 'tok')?.status, 421);
    assert.equal(refusal(facts({ origin: 'http://attacker.example' }), 4715, 'tok')?.status, 403);
    assert.equal(refusal(facts({ origin: 'http://localhost:4715' }), 4715, 'tok'), null);
    assert.equal(refusal(facts({ secFetchSite: 'cross-site' }), 4715, 'tok')?.status, 403);
    assert.equal(refusal(facts({ method: 'DELETE' }), 4715, 'tok')?.status, 405);
    assert.equal(refusal(facts({ method: 'PUT', contentType: 'application/json' }), 4715, 'tok')?.status, 403);
    assert.equal(refusal(facts({ method: 'PUT', tokenHeader: 'tox', contentType: 'application/json' }), 4715, 'tok')?.status, 403);
    assert.equal(refusal(facts({ method: 'PUT', tokenHeader: 'tok', contentType: 'text/plain' }), 4715, 'tok')?.status, 415);
    assert.equal(refusal(facts({ method: 'PUT', tokenHeader: 'tok', contentType: 'application/json; charset=utf-8' }), 4715, 'tok'), null);
  });
});

describe('the client’s pure parts', () => {
  test('undo: one step per unit and editing session', () => {
    const stack = new UndoStack();
    stack.record('s1', 1, { en: '', status: 'untranslated' }, { en: 'A', status: 'translated' });
    stack.record('s1', 1, { en: 'A', status: 'translated' }, { en: 'AB', status: 'translated' });
    stack.record('s2', 2, { en: 'x', status: 'translated' }, { en: 'x', status: 'translated' });
    stack.record('s1', 3, { en: 'AB', status: 'translated' }, { en: 'ABC', status: 'reviewed' });
    assert.equal(stack.size, 2);
    assert.deepEqual(stack.pop()?.before, { en: 'AB', status: 'translated' });
    assert.deepEqual(stack.pop()?.before, { en: '', status: 'untranslated' });
    assert.equal(stack.pop(), undefined);
  });

  test('debounce runs once after the last call, or at once on flush', () => {
    const pending: (() => void)[] = [];
    let runs = 0;
    const timers = {
      set: (callback: () => void) => {
        pending.push(callback);
        return setTimeout(() => undefined, 0);
      },
      clear: () => undefined,
    };
    const save = debounce(() => (runs += 1), 700, timers);
    save.schedule();
    save.schedule();
    assert.equal(save.pending, true);
    save.flush();
    assert.equal(runs, 1);
    save.flush();
    assert.equal(runs, 1);
  });

  test('progress counts translated and reviewed units; an edit makes a unit translated', () => {
    assert.equal(translatedCount(['translated', 'machine', 'reviewed', 'untranslated']), 2);
    assert.equal(statusAfterEdit('A person’s words'), 'translated');
    assert.equal(statusAfterEdit('  '), 'untranslated');
  });

  test('the forms build records the schemas accept', () => {
    assert.equal(entityIdFrom('Directorate of Fisheries (Việt Nam)'), 'directorate-of-fisheries-viet-nam');
    const entity = entityFromForm({ id: 'directorate-of-fisheries', type: 'organisation', nameEn: 'Directorate of Fisheries', nameVi: 'Tổng cục Thủy sản', aliasesVi: 'Tổng cục Thuỷ sản\n', aliasesEn: '', glossEn: 'an agency', glossVi: 'một cơ quan', explanationEn: 'It managed fisheries.', explanationVi: 'Cơ quan quản lý thủy sản.', wikidata: '' });
    assert.equal(entitySchema.safeParse(entity).success, true);
    const word = wordFromForm({ word: 'Hiệp  Định', pos: 'noun', senses: 'agreement\n\naccord', han: '協定', morphemes: 'to join\nto fix', note: '' });
    assert.deepEqual(lexiconEntrySchema.parse(word), { word: 'hiệp định', pos: 'noun', senses: ['agreement', 'accord'], han: '協定', morphemes: [{ syllable: 'hiệp', han: '協', gloss: 'to join' }, { syllable: 'định', han: '定', gloss: 'to fix' }] });
  });

  test('the English is read as the site reads it: markup out, explicit names as ids', () => {
    assert.deepEqual(englishText('At :entity[last year’s summit]{#vostochny-summit-2023}, *Putin* spoke.', new Set(['vostochny-summit-2023'])), { text: 'At last year’s summit, Putin spoke.', entities: ['vostochny-summit-2023'] });
    assert.deepEqual(englishText('An :entity[unknown]{#nobody} name.', new Set()), { text: 'An unknown name.', entities: [] });
  });
});

describe('machine drafts', () => {
  test('off without SONG_NGU_MT_URL', () => {
    assert.equal(translatorFromEnvironment({}), null);
    assert.match(translatorFromEnvironment({ SONG_NGU_MT_URL: 'http://127.0.0.1:5000' })?.name ?? '', /LibreTranslate at http:\/\/127\.0\.0\.1:5000/);
    assert.throws(() => libreTranslate({ url: 'file:///etc/passwd' }), /http/);
  });

  test('the LibreTranslate client posts {q, source: vi, target: en, format: text, api_key} and reads translatedText or error', async () => {
    const server = createFakeLibreTranslate({ key: 'secret' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    try {
      const translator = libreTranslate({ url, key: 'secret' });
      assert.equal(await translator.translate('Mỗi tuần có ba chuyến bay theo mỗi chiều.'), 'There are three flights a week in each direction.');
      assert.deepEqual(requests.at(-1), { q: 'Mỗi tuần có ba chuyến bay theo mỗi chiều.', source: 'vi', target: 'en', format: 'text', api_key: 'secret' });
      await assert.rejects(translator.translate('Câu lạ.'), /knows no translation/);
      await assert.rejects(libreTranslate({ url, key: 'wrong' }).translate('Mỗi tuần có ba chuyến bay theo mỗi chiều.'), /Invalid API key/);
    } finally {
      server.close();
    }
  });
});
