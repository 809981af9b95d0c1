// "/" → the remembered interface language, else the browser's first supported one, before anything paints.
try {
  var choice = localStorage.getItem('song-ngu:locale');
  if (choice !== 'en' && choice !== 'vi') {
    choice = 'en';
    var wanted = navigator.languages || [navigator.language];
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i]).slice(0, 2).toLowerCase();
      if (primary === 'vi' || primary === 'en') { choice = primary; break; }
    }
  }
  location.replace('/' + choice + '/' + location.hash);
} catch {
  // No storage or history access: the links on the page still work.
}
