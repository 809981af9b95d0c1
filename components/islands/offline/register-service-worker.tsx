'use client';

import { useEffect } from 'react';
import { SERVICE_WORKER_PATH } from '@/lib/paths';

/** Registers the offline worker (lib/offline/service-worker.ts) in the production build; renders nothing. */
export function RegisterServiceWorker() {
  useEffect(() => {
    // The dev server's pages change with every edit: caching them would only get in the way.
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    // A browser that refuses (private mode, a blocked scope) simply works online only.
    navigator.serviceWorker.register(SERVICE_WORKER_PATH).catch(() => undefined);
  }, []);
  return null;
}
