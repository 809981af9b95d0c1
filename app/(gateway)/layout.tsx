import type { Metadata } from 'next';
import { literataLatin, literataVietnamese } from '@/components/fonts';
import { MarkInteractive } from '@/components/islands/page-ready/mark-interactive';
import { PrePaintScript } from '@/components/pre-paint-script';
import '@/components/styles.css';
import { languageGatewayScript } from '@/lib/client/preferences/pre-paint';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const [en, vi] = await Promise.all([getTranslator('en'), getTranslator('vi')]);
  return { title: en('site.name'), description: `${en('site.tagline')} · ${vi('site.tagline')}` };
}

// "/" only: picks the interface language. Its own root layout because <html lang> differs per locale below.
export default function GatewayLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${literataLatin.variable} ${literataVietnamese.variable}`}>
      <head>
        <PrePaintScript script={languageGatewayScript()} />
      </head>
      <body>
        {children}
        <MarkInteractive />
      </body>
    </html>
  );
}
