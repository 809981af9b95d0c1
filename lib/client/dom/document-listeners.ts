export interface DocumentListeners {
  on<Type extends keyof DocumentEventMap>(type: Type, listener: (event: DocumentEventMap[Type]) => void): DocumentListeners;
  /** Removes every listener added through `on`: an effect's cleanup. */
  off(): void;
}

/** Listeners on `document` that come off together, so adding one cannot forget to remove it. */
export function documentListeners(): DocumentListeners {
  const removers: (() => void)[] = [];
  const listeners: DocumentListeners = {
    on(type, listener) {
      document.addEventListener(type, listener);
      removers.push(() => document.removeEventListener(type, listener));
      return listeners;
    },
    off() {
      for (const remove of removers.splice(0)) remove();
    },
  };
  return listeners;
}
