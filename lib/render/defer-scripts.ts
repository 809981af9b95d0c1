// Next's page scripts start loading once the page's first frame is painted, not while it is being painted.
// The page is whole without them — the reading text, its annotations and links are static HTML —
// and they are the largest part of its bytes (146 of 237 kB gzip on an article): fetched alongside
// the HTML, stylesheet and fonts on a slow connection they delay the first paint of the text, and
// their start-up competes with it for the main thread. Measured with Lighthouse's mobile preset on an
// article (median of 3): LCP 2.37 → 1.52 s against 1.65 s for the page with no script at all.
// A page that is a tool rather than reading (search, review, my words) says so on its <main>
// (DATA.eagerScripts) and keeps its scripts as Next wrote them: there, typing or reviewing is the
// point and must not wait. Pure: HTML in, HTML out; a page without such scripts is unchanged, so
// applying it twice changes nothing.
import { DATA } from './contract';

/** Next's own script files, loaded async from the page's <head>. */
const NEXT_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g;
/** Next's low-priority preloads of the same files. */
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*? href="\/_next\/static\/[^"<>]+\.js"\/?>/g;

/**
 * The inline loader: the same files, as async scripts, once the first frame is painted (a frame,
 * then a task); in a tab opened in the background, where no frame is painted, the load event starts
 * them. On a slow connection the first frame comes before the load event and they hold it back; on a
 * fast one the load event can come first, so "loaded" does not mean "hydrated" — DATA.interactive on
 * <html> says when the page answers (components/islands/page-ready).
 */
export const scriptLoader = (sources: readonly string[]) =>
  `<script>(function(){var started=false;function start(){if(started)return;started=true;${JSON.stringify(sources)}.forEach(function(src){var s=document.createElement("script");s.src=src;s.async=true;document.body.appendChild(s)})}requestAnimationFrame(function(){setTimeout(start,0)});addEventListener("load",start,{once:true})})()</script>`;

const EAGER = new RegExp(`<main\\b[^<>]*\\s${DATA.eagerScripts.name}=""`);

export function deferNextScripts(html: string): string {
  if (EAGER.test(html)) return html;
  const sources: string[] = [];
  const withoutScripts = html.replace(NEXT_SCRIPT, (_, source: string) => {
    sources.push(source);
    return '';
  });
  if (!sources.length || !withoutScripts.includes('</body>')) return html;
  const withoutPreloads = withoutScripts.replace(SCRIPT_PRELOAD, '');
  const at = withoutPreloads.lastIndexOf('</body>');
  return `${withoutPreloads.slice(0, at)}${scriptLoader(sources)}${withoutPreloads.slice(at)}`;
}
