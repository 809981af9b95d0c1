// Study controls for each sentence, hidden until the reader turns study mode or self-test on (they
// need JavaScript): a listen button at the end of the Vietnamese cell, and a button that stands in for
// the English cell while self-test hides it.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface StudyControlsOptions {
  labels: { listen: (number: number) => string; reveal: string; revealSentence: (number: number) => string };
  labelsLang: string;
}

function isCell(node: Element | undefined, lang: 'vi' | 'en'): node is Element {
  return node?.properties.lang === lang && typeof node.properties.dataAlign === 'string';
}

export default function rehypeStudyControls(options: StudyControlsOptions) {
  return (tree: Root) => {
    let sentences = 0;
    visit(tree, 'element', (unit) => {
      const unitId = unit.properties.dataUnit;
      if (typeof unitId !== 'string') return;
      sentences += 1;
      const cells = unit.children.filter((child): child is Element => child.type === 'element');
      const vi = cells.find((cell) => isCell(cell, 'vi'));
      const en = cells.find((cell) => isCell(cell, 'en'));
      vi?.children.push({
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['listen-button'], dataListen: unitId, ariaLabel: options.labels.listen(sentences), lang: options.labelsLang },
        children: [],
      });
      if (en) {
        unit.children.splice(unit.children.indexOf(en) + 1, 0, {
          type: 'element',
          tagName: 'button',
          properties: {
            type: 'button',
            className: ['reveal-button'],
            dataReveal: unitId,
            ariaLabel: options.labels.revealSentence(sentences),
            lang: options.labelsLang,
          },
          children: [{ type: 'text', value: options.labels.reveal }],
        });
      }
    });
  };
}
