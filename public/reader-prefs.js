// Applies the reader's saved layout before first paint (no flash). Kept tiny and same-origin.
try {
  var layout = localStorage.getItem('song-ngu:layout');
  if (/^(side-by-side|interlinear|vi|en)$/.test(layout)) document.documentElement.setAttribute('data-layout', layout);
} catch {
  // No storage: the default responsive layout applies.
}
