// Starts the workbench: the store over a content root, the client bundle, the server on 127.0.0.1.
import 'server-only';
import type { Server } from 'node:http';
import { translatorFromEnvironment } from '../machine-translation';
import { buildClient } from './bundle';
import { createWorkbenchServer } from './http';
import { WorkbenchStore } from './store';

export async function startWorkbench(options: { root: string; port: number; token: string }): Promise<{ server: Server; url: string; port: number; translator: string | null }> {
  const translator = translatorFromEnvironment(process.env);
  const store = new WorkbenchStore({ root: options.root, translator });
  store.prepare();
  const server = createWorkbenchServer({ store, token: options.token, assets: await buildClient() });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { server, port, url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`, translator: translator?.name ?? null };
}
