// Applies the reader's saved layout and annotation choice before first paint (no flash).
try {
  var layout = localStorage.getItem('song-ngu:layout');
  if (/^(side-by-side|interlinear|vi|en)$/.test(layout)) document.documentElement.setAttribute('data-layout', layout);
  if (localStorage.getItem('song-ngu:annotations') === 'off') document.documentElement.setAttribute('data-annotations', 'off');
} catch {
  // No storage: the defaults apply.
}
