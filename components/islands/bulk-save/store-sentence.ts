// Saving one sentence as a review card of its own: shared by the word card's "Save this sentence"
// and the action bar a tap on a sentence opens. The store loads with the first save, not the page.
import { savedWordsStore, type ArticlePage, type SentenceContext } from '../word-cards/persistence';

const rules = () => import('@/lib/study/study-model');

export type SentenceSaveResult = 'saved' | 'already-saved' | 'not-stored';

export async function storeSentence(sentence: SentenceContext, page: ArticlePage, savedAt: Date): Promise<SentenceSaveResult> {
  const [store, { sameSentence }] = await Promise.all([savedWordsStore(), rules()]);
  const data = store.loadStudyData();
  const saved = { sentenceVi: sentence.vietnamese, sentenceEn: sentence.english, article: page.slug, unit: sentence.unit, link: `${page.path}#${sentence.unit}`, savedAt: savedAt.toISOString() };
  if (data.sentences.some((other) => sameSentence(other, saved))) return 'already-saved';
  return store.storeStudyData({ ...data, sentences: [...data.sentences, saved] }).ok ? 'saved' : 'not-stored';
}
