import type { Metadata } from 'next';
import '@/components/styles.css';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const [en, vi] = await Promise.all([getTranslator('en'), getTranslator('vi')]);
  return { title: en('site.name'), description: `${en('site.tagline')} · ${vi('site.tagline')}` };
}

// "/" only: picks the interface language. Its own root layout because <html lang> differs per locale below.
export default function GatewayLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- must redirect before anything paints */}
        <script src="/language-gateway.js" />
      </head>
      <body>{children}</body>
    </html>
  );
}
