// The review page's keys, as in Anki: Space shows the answer, then 1–4 grade it (Space is Good).
// Pure (tests/unit/review-keyboard.test.ts). Keys typed into the cloze's text field are the
// learner's answer, never a command.
import type { Grade } from 'ts-fsrs';
import { GRADES } from '@/lib/study/schedule';

export type ReviewKeyAction = { kind: 'reveal' } | { kind: 'grade'; grade: Grade } | null;

export function reviewKey(key: string, context: { revealed: boolean; typing: boolean; modified: boolean }): ReviewKeyAction {
  if (context.typing || context.modified) return null;
  if (key === ' ') return context.revealed ? { kind: 'grade', grade: GRADES[2] } : { kind: 'reveal' };
  if (!context.revealed) return null;
  const index = ['1', '2', '3', '4'].indexOf(key);
  const grade = GRADES[index];
  return grade === undefined ? null : { kind: 'grade', grade };
}
