// Applies the reader's saved layout, annotation, study and theme choices before first paint (no flash).
try {
  var layout = localStorage.getItem('song-ngu:layout');
  if (/^(side-by-side|interlinear|vi|en)$/.test(layout)) document.documentElement.setAttribute('data-layout', layout);
  if (localStorage.getItem('song-ngu:annotations') === 'off') document.documentElement.setAttribute('data-annotations', 'off');
  if (localStorage.getItem('song-ngu:study') === 'on') document.documentElement.setAttribute('data-study', 'on');
  if (localStorage.getItem('song-ngu:selftest') === 'on') document.documentElement.setAttribute('data-selftest', 'on');
  var theme = localStorage.getItem('song-ngu:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
} catch {
  // No storage: the defaults apply.
}
