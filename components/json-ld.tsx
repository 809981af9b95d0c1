/**
 * Structured data for search engines. It is JSON, not HTML (React would escape it as text), so it goes in
 * as raw script content with "<" escaped: nothing in it can close the script element.
 */
export function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
