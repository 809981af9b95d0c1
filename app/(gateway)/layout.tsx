import type { Metadata } from 'next';
import '@/components/styles.css';

export const metadata: Metadata = { title: 'Song Ngữ', description: 'Vietnamese news, sentence by sentence, with an English translation' };

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
