// The 1200×630 preview card, rendered to PNG at build time by lib/share/card-render.ts (Satori, then
// resvg: what next/og does): inline styles only, flexbox layout. Its source is part of the card
// cache's key, so editing it re-renders every card.
import { CARD_FONT_FAMILY } from '../lib/share/card-fonts';
import type { ShareCardText } from '../lib/share/card-text';

/** Long sentences get a smaller size so that both languages fit on the card. */
function sizes(vietnamese: string, english: string) {
  const length = vietnamese.length + english.length;
  if (length < 140) return { vi: 60, en: 40 };
  if (length < 260) return { vi: 46, en: 32 };
  if (length < 420) return { vi: 36, en: 26 };
  return { vi: 29, en: 22 };
}

export function ShareCard({ kicker, vietnamese, english, footer }: ShareCardText) {
  const size = sizes(vietnamese, english);
  return (
    <div
      style={{
        width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
        padding: '56px 72px', background: '#fbfaf7', color: '#1d1c1a', fontFamily: CARD_FONT_FAMILY, borderLeft: '24px solid #8a2b0e',
      }}
    >
      <div style={{ display: 'flex', fontSize: 28, color: '#8a2b0e', fontWeight: 700 }}>{kicker}</div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 28 }}>
        <div style={{ display: 'flex', fontSize: size.vi, fontWeight: 700, lineHeight: 1.22 }}>{vietnamese}</div>
        <div style={{ display: 'flex', fontSize: size.en, color: '#2f3a4a', lineHeight: 1.3 }}>{english}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 24, color: '#5a564f' }}>{footer}</div>
    </div>
  );
}
