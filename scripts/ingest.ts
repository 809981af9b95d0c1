// npm run ingest -- <raw.txt | page.html> [--out <file.md>] [--force] [--json]
// Writes a draft article and prints the ingest report. Any problem with the input is one line,
// "ingest: <file>: <problem>", exit code 1, and no draft is written.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeInput } from '../lib/ingest/decode';
import { draftSlug, draftToMarkdown } from '../lib/ingest/draft-to-markdown';
import { readHtml } from '../lib/ingest/html';
import { parseLines, textLines } from '../lib/ingest/parse-seed';
import { buildReport, formatReport } from '../lib/ingest/report';

const USAGE = 'usage: npm run ingest -- <raw.txt | page.html> [--out <file.md>] [--force] [--json]';

function fail(file: string, problem: string): never {
  console.error(`ingest: ${file}: ${problem}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const flags = new Set(['--force', '--json']);
const positional: string[] = [];
let outArg: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '--out') {
    outArg = args[++i];
    if (!outArg) {
      console.error('ingest: --out needs a file name');
      process.exit(2);
    }
  } else if (arg.startsWith('--') && !flags.has(arg)) {
    console.error(`ingest: unknown option ${arg}\n${USAGE}`);
    process.exit(2);
  } else if (!arg.startsWith('--')) positional.push(arg);
}
const [input] = positional;
if (!input || positional.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

let bytes: Buffer;
try {
  if (statSync(input).isDirectory()) fail(input, 'is a directory, not a file');
  bytes = readFileSync(input);
} catch (error) {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') fail(input, 'no such file');
  if (code === 'EISDIR') fail(input, 'is a directory, not a file');
  if (code === 'EACCES' || code === 'EPERM') fail(input, 'cannot be read (permission denied)');
  fail(input, `cannot be read (${code || String(error)})`);
}

const decoded = decodeInput(bytes);
if (!decoded.ok) fail(input, decoded.problem);
const isHtml = /\.x?html?$/iu.test(input) || /^\s*(?:<!doctype html|<html[\s>])/iu.test(decoded.text.slice(0, 1000));
const seed = basename(input).replace(/\.[^.]+$/u, '');
const source = isHtml ? readHtml(decoded.text) : { lines: textLines(decoded.text), metadata: [] };
if (!source.lines.length) fail(input, isHtml ? 'no article text found in the HTML' : 'empty file');
const draft = parseLines(source.lines, source.metadata, isHtml ? 'block' : 'line');
if (!draft.blocks.length) {
  const rules = [...new Set(draft.dropped.map((line) => line.reason))].slice(0, 4).join(', ');
  fail(input, `only boilerplate, no article text (${draft.dropped.length} lines dropped: ${rules || 'metadata only'})`);
}

const out = outArg ?? join('content', 'articles', `${draftSlug(draft, seed)}.md`);
if (existsSync(out)) {
  const existing = statSync(out).isFile() ? readFileSync(out, 'utf8') : '';
  if (!/^status:\s*['"]?draft['"]?\s*$/mu.test(existing)) {
    fail(out, 'exists and is not a draft: an article is never overwritten (choose another --out)');
  }
  if (!args.includes('--force')) fail(out, 'a draft with this name exists: pass --force to replace it');
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, draftToMarkdown(draft, seed));
const report = buildReport(draft, input, out, isHtml ? 'html' : 'text');
// `npm run ingest -- … | head` closes the pipe early: the draft is written, the rest of the report is not wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
