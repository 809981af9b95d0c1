import { scriptJson } from '@/lib/share/script-json';

/**
 * Structured data for search engines. React would escape JSON children as HTML text, which a script
 * element does not decode, so the JSON goes in as raw content: scriptJson makes it inert (no "<", ">"
 * or "&" survive), and tests/unit/script-json.test.ts proves a "</script>" in the data stays inside.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(data) }} />;
}
