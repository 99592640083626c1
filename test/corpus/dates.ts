/** Date formatting without Intl, so output never depends on the ICU version. */
import type { Rng } from './rng';
import type { Lang, LocaleSpec } from './locales';

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

const p2 = (n: number): string => String(n).padStart(2, '0');

/** A date as a person in this locale would type it: numeric in the local order, ISO, or with the month name. */
export function formatDate(r: Rng, loc: LocaleSpec, d: Date, lang: Lang): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const style = r.weighted([
    ['numeric', 5],
    ['iso', 2],
    ['long', 3],
  ] as const);
  if (style === 'iso') return `${y}-${p2(m + 1)}-${p2(day)}`;
  if (style === 'long') {
    const name = MONTHS[lang][m]!;
    if (lang === 'de') return `${day}. ${name} ${y}`;
    if (lang === 'es') return `${day} de ${name} de ${y}`;
    if (lang === 'fr') return `${day} ${name} ${y}`;
    return loc.dateOrder === 'MDY' ? `${name} ${day}, ${y}` : `${day} ${name} ${y}`;
  }
  const sep = loc.dateSep;
  if (loc.dateOrder === 'MDY') return `${p2(m + 1)}${sep}${p2(day)}${sep}${y}`;
  if (loc.dateOrder === 'YMD') return `${y}${sep}${p2(m + 1)}${sep}${p2(day)}`;
  return `${p2(day)}${sep}${p2(m + 1)}${sep}${y}`;
}

/** A timestamp as logs print it. */
export function isoTimestamp(r: Rng, base: Date): string {
  const t = new Date(base.getTime() - r.int(0, 400 * 86400) * 1000);
  return t.toISOString().replace(/\.\d{3}Z$/, r.pick(['Z', '.000Z', '+00:00']));
}
