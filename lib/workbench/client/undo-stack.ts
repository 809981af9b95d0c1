// Undo for saved changes: each save of a unit records what the unit was before; consecutive saves of
// the same unit in one editing session (the translator's typing, autosaved in pieces) are one step.
// Pure, so the rules are unit-tested.

export interface UnitState {
  en: string;
  status: string;
}

export interface UndoStep {
  unit: string;
  session: number;
  before: UnitState;
}

export class UndoStack {
  private readonly steps: UndoStep[] = [];

  constructor(private readonly limit = 100) {}

  /** Records a save; a save in the same unit and session as the last step extends it. */
  record(unit: string, session: number, before: UnitState, after: UnitState): void {
    if (before.en === after.en && before.status === after.status) return;
    const last = this.steps[this.steps.length - 1];
    if (last && last.unit === unit && last.session === session) return;
    this.steps.push({ unit, session, before });
    if (this.steps.length > this.limit) this.steps.shift();
  }

  pop(): UndoStep | undefined {
    return this.steps.pop();
  }

  get size(): number {
    return this.steps.length;
  }
}

/** Runs `action` once `delay` ms after the last call; `flush` runs it now if one is pending. */
export interface Timers {
  set(callback: () => void, delay: number): ReturnType<typeof setTimeout>;
  clear(timer: ReturnType<typeof setTimeout>): void;
}

// Called as plain functions: a browser's setTimeout throws "Illegal invocation" when called as a method of another object.
const GLOBAL_TIMERS: Timers = { set: (callback, delay) => setTimeout(callback, delay), clear: (timer) => clearTimeout(timer) };

export function debounce(action: () => void, delay: number, timers: Timers = GLOBAL_TIMERS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      if (timer !== undefined) timers.clear(timer);
      timer = timers.set(() => {
        timer = undefined;
        action();
      }, delay);
    },
    flush() {
      if (timer === undefined) return;
      timers.clear(timer);
      timer = undefined;
      action();
    },
    get pending() {
      return timer !== undefined;
    },
  };
}
