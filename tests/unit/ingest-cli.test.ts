// The ingest command, run as a child process against temporary files: the bad-input catalogue
// (one line naming the file and the problem, exit 1, no draft written), overwriting rules, the
// report and --json, a 5 MB input.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readArticle } from '../../lib/content/load';

const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
chmodSync(dir, 0o755);
const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'ingest');

function ingest(args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', join('scripts', 'ingest.ts'), ...args], {
    encoding: 'utf8',
    cwd: process.cwd(),
    maxBuffer: 256 * 1024 * 1024,
    ...options,
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
// "Việt Nam đổi mới" and "Ngày mai trời mưa" in each legacy encoding, encoded by hand.
const CP1258 = bytes('Vi', [0xea, 0xf2], 't Nam ', [0xf0, 0xf4, 0xd2], 'i m', [0xf5, 0xec], 'i. Nga', [0xcc], 'y mai tr', [0xf5, 0xcc], 'i m', [0xfd], 'a.');
const VNI = bytes('Vie', [0xe4], 't Nam ', [0xf1], 'o', [0xe5], 'i mo', [0xf9], 'i. Nga', [0xf8], 'y mai trô', [0xf8], 'i m', [0xf6], 'a.');
const TCVN3 = bytes('Vi', [0xd6], 't Nam ', [0xae, 0xe6], 'i m', [0xed], 'i. Ng', [0xb5], 'y mai tr', [0xea], 'i m', [0xad], 'a.');
const BOILERPLATE = 'Xem thêm\n1. Giá vàng tăng\n2. Giá xăng giảm\nBình luận (0)\nLên đầu trang\n';
const ARTICLE = 'Khai mạc lễ hội hoa xuân\n\nThứ Hai, 12/02/2024 08:00\n\nLễ hội hoa xuân năm nay có hơn 300 gian hàng của các nhà vườn.Ban tổ chức dự kiến đón 50.000 lượt khách.\n\nViết bình luận mới\n';

const WRITE_ONLY = '/proc/sys/vm/drop_caches';
const CATALOGUE: { name: string; input: () => string; message: (input: string) => string; code?: number }[] = [
  { name: 'missing file', input: () => join(dir, 'missing.txt'), message: (input) => `ingest: ${input}: no such file` },
  { name: 'a directory', input: () => dir, message: (input) => `ingest: ${input}: is a directory, not a file` },
  {
    name: 'an unreadable file',
    input: () => {
      // Root reads any file whatever its mode, but not a write-only sysctl: the kernel refuses that
      // read even to root. (Running the command as another user needs the clone to be reachable by
      // that user, which a clone in a private temporary folder is not.)
      if (process.getuid?.() === 0 && existsSync(WRITE_ONLY)) return WRITE_ONLY;
      const path = file('unreadable.txt', ARTICLE);
      chmodSync(path, 0o000);
      return path;
    },
    message: (input) => `ingest: ${input}: cannot be read (permission denied)`,
  },
  { name: 'binary input', input: () => file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), message: (input) => `ingest: ${input}: binary data (it contains NUL bytes), not text or HTML` },
  {
    name: 'Windows-1258',
    input: () => file('cp1258.txt', CP1258),
    message: (input) => `ingest: ${input}: not UTF-8: it looks like Windows-1258, a legacy Vietnamese encoding; convert it with \`iconv -f WINDOWS-1258 -t UTF-8 <file> > <file>.utf8.txt\``,
  },
  {
    name: 'VNI',
    input: () => file('vni.txt', VNI),
    message: (input) => `ingest: ${input}: not UTF-8: it looks like VNI, a legacy Vietnamese encoding; convert it to Unicode (UTF-8) with UniKey’s converter (Công cụ chuyển mã, source "VNI Windows")`,
  },
  {
    name: 'TCVN3',
    input: () => file('tcvn3.txt', TCVN3),
    message: (input) => `ingest: ${input}: not UTF-8: it looks like TCVN3, a legacy Vietnamese encoding; convert it to Unicode (UTF-8) with UniKey’s converter (Công cụ chuyển mã, source "TCVN3 (ABC)")`,
  },
  {
    name: 'UTF-16',
    input: () => file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Xin chào', 'utf16le')])),
    message: (input) => `ingest: ${input}: UTF-16 text: convert it with \`iconv -f UTF-16 -t UTF-8 <file> > <file>.utf8.txt\``,
  },
  { name: 'an empty file', input: () => file('empty.txt', ''), message: (input) => `ingest: ${input}: empty file` },
  { name: 'a file of blank lines', input: () => file('blank.txt', '\n  \n\t\n'), message: (input) => `ingest: ${input}: empty file` },
  {
    name: 'only boilerplate',
    input: () => file('boilerplate.txt', BOILERPLATE),
    message: (input) => `ingest: ${input}: only boilerplate, no article text (5 lines dropped: related-article heading, related-article item, comment widget, back-to-top link)`,
  },
  { name: 'an HTML page without text', input: () => file('blank.html', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>'), message: (input) => `ingest: ${input}: no article text found in the HTML` },
  {
    name: 'more than the size limit',
    input: () => file('huge.txt', 'Câu văn dài để thử giới hạn kích thước.\n'.repeat(230_000)),
    message: (input) => `ingest: ${input}: too large (12.3 MB; the limit is 8 MB): ingest one article at a time`,
  },
];

for (const entry of CATALOGUE) {
  test(`bad input: ${entry.name} → one line, exit 1, no draft`, () => {
    const input = entry.input();
    const out = join(dir, `${entry.name.replace(/\W+/gu, '-')}.md`);
    const result = ingest([input, '--out', out]);
    assert.equal(result.stderr, `${entry.message(input)}\n`);
    assert.equal(result.status, entry.code ?? 1);
    assert.equal(result.stdout, '');
    assert.equal(existsSync(out), false);
  });
}

test('usage errors exit 2', () => {
  assert.equal(ingest([]).status, 2);
  assert.equal(ingest(['a.txt', '--bogus']).stderr.split('\n')[0], 'ingest: unknown option --bogus');
  assert.equal(ingest(['a.txt', '--out']).stderr, 'ingest: --out needs a file name\n');
});

test('an existing published article is never overwritten, even with --force; a draft only with --force', () => {
  const input = file('article.txt', ARTICLE);
  const published = file('published.md', '---\nslug: khai-mac\nstatus: published\n---\n');
  for (const args of [[input, '--out', published], [input, '--out', published, '--force']]) {
    const result = ingest(args);
    assert.equal(result.stderr, `ingest: ${published}: exists and is not a draft: an article is never overwritten (choose another --out)\n`);
    assert.equal(result.status, 1);
  }
  assert.equal(readFileSync(published, 'utf8'), '---\nslug: khai-mac\nstatus: published\n---\n');
  const draft = join(dir, 'draft.md');
  assert.equal(ingest([input, '--out', draft]).status, 0);
  const again = ingest([input, '--out', draft]);
  assert.equal(again.stderr, `ingest: ${draft}: a draft with this name exists: pass --force to replace it\n`);
  assert.equal(again.status, 1);
  assert.equal(ingest([input, '--out', draft, '--force']).status, 0);
});

test('a text file: a valid draft and a report of every line, the metadata and the splits', () => {
  const input = file('report.txt', ARTICLE);
  const out = join(dir, 'report.md');
  const result = ingest([input, '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.split('\n');
  assert.equal(lines[0], `${out}: 1 blocks, 2 units from ${input}`);
  assert.equal(lines[1], '  1 lines kept, 1 dropped, 2 read as metadata; 0 unsure (kept), 1 sentence splits at a missing space, 0 warnings');
  assert.ok(lines.includes('  date        2024-02-12  (line 3)'), result.stdout);
  assert.ok(lines.some((line) => /^ +7 dropped +comment widget +Viết bình luận mới$/u.test(line)), result.stdout);
  assert.ok(lines.includes('  line 5: …n hàng của các nhà vườn. | Ban tổ chức dự kiến đón…'), result.stdout);
  const { article, findings } = readArticle(join(process.cwd(), 'content', 'articles', 'khai-mac-le-hoi-hoa-xuan.md'), readFileSync(out, 'utf8'));
  assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
  assert.equal(article?.meta.published.date, '2024-02-12');
});

test('--json prints the same report as JSON', () => {
  const input = file('json.txt', ARTICLE);
  const out = join(dir, 'json.md');
  const result = ingest([input, '--out', out, '--json']);
  assert.equal(result.status, 0, result.stderr);
  const report: unknown = JSON.parse(result.stdout);
  assert.ok(typeof report === 'object' && report !== null && 'counts' in report && 'lines' in report && 'splits' in report && 'metadata' in report);
  assert.deepEqual(report.counts, { blocks: 1, units: 2, kept: 1, dropped: 1, metadata: 2, unsure: 0, splits: 1, warnings: 0 });
});

test('a draft without a date or headline gets TODO placeholders that validate as a draft', () => {
  const input = file('nodate.txt', 'Tổng thống hai nước hôm thứ Tư đã ký hiệp định hợp tác toàn diện, theo hãng tin nhà nước đưa tin sáng nay.\n');
  const out = join(dir, 'nodate.md');
  const result = ingest([input, '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /no headline found/u);
  const markdown = readFileSync(out, 'utf8');
  assert.match(markdown, /^published: TODO$/mu);
  assert.match(markdown, /^ {2}vi: TODO$/mu);
  const { findings } = readArticle(join(process.cwd(), 'content', 'articles', 'nodate.md'), markdown.replace(/^slug: .*$/mu, 'slug: nodate'));
  assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
});

test('a 5 MB text input finishes in seconds', () => {
  const paragraphs: string[] = ['Thử nghiệm hiệu năng với một bài rất dài', ''];
  let size = 0;
  for (let n = 0; size < 5 * 1024 * 1024; n++) {
    const paragraph = `Ủy ban đã thảo luận kế hoạch xây cầu số ${n} qua sông. Dự án dự kiến hoàn thành vào năm sau.`;
    paragraphs.push(paragraph, '');
    size += Buffer.byteLength(paragraph) + 2;
  }
  const input = file('big.txt', paragraphs.join('\n'));
  const started = Date.now();
  const result = ingest([input, '--out', join(dir, 'big.md')]);
  assert.equal(result.status, 0, result.stderr);
  // About 3 s on an idle machine; the margin is for a loaded CI box running the other test files at the same time.
  assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
});

test('an HTML page: a valid draft with the source URL, the report numbers blocks', () => {
  const out = join(dir, 'html.md');
  const input = join(FIXTURES, 'dantri-shape.html');
  const result = ingest([input, '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.split('\n')[0], `${out}: 7 blocks, 10 units from ${input}`);
  assert.match(result.stdout, /^ {2}sourceUrl +https:\/\/dantri\.example\/.*\(link rel=canonical\)$/mu);
  assert.match(result.stdout, /^blocks:$/mu);
  const markdown = readFileSync(out, 'utf8');
  assert.match(markdown, /^ {2}url: https:\/\/dantri\.example\/xa-hoi\/khanh-thanh-cau-vuot-song-lam-20240619101500000\.htm$/mu);
  const { findings } = readArticle(join(process.cwd(), 'content', 'articles', 'khanh-thanh-cau-vuot-song-lam-sau-hai-nam-thi.md'), markdown);
  assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
});
