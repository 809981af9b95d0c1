import { getEntityIndex } from '@/lib/entities';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(getEntityIndex().list);
}
