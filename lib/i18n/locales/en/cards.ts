export const cards = {
  close: 'Close',
  editorsNote: 'Editors’ note',
};
