/** Elements of a Vietnamese cell whose text is not split into words: mentions, note markers, controls. */
export const UNSEGMENTED_TAGS: readonly string[] = ['a', 'button', 'sup'];
