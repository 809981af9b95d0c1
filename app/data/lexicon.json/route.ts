import { getLexicon } from '@/lib/lexicon/load';
import { lexiconData } from '@/lib/lexicon/data';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(lexiconData(getLexicon().entries));
}
