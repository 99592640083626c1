/** compromise alone: people() → PERSON, places() → LOCATION, organizations() → ORGANIZATION. */
import type { Span, Tool } from './types';

interface Term {
  offset: { start: number; length: number };
}
interface Match {
  terms: Term[];
}
interface View {
  json(opts: object): Match[];
}
interface Doc {
  people(): View;
  places(): View;
  organizations(): View;
}

export function compromiseTool(): Tool {
  let nlp: (text: string) => Doc = () => {
    throw new Error('not loaded');
  };
  // Term offsets exclude the punctuation that the match's own offset keeps ("Müller),").
  const spans = (v: View, type: string): Span[] =>
    v.json({ offset: true, terms: { offset: true } }).flatMap((m) => {
      const first = m.terms[0];
      const last = m.terms[m.terms.length - 1];
      return first && last ? [{ type, start: first.offset.start, end: last.offset.start + last.offset.length }] : [];
    });
  return {
    name: 'compromise',
    covers: ['PERSON', 'LOCATION', 'ORGANIZATION'],
    mapping: 'people() → PERSON, places() → LOCATION, organizations() → ORGANIZATION',
    notes: [],
    async init() {
      nlp = (await import('compromise')).default as unknown as (text: string) => Doc;
    },
    find(text) {
      const doc = nlp(text);
      return [
        ...spans(doc.people(), 'PERSON'),
        ...spans(doc.places(), 'LOCATION'),
        ...spans(doc.organizations(), 'ORGANIZATION'),
      ];
    },
  };
}
