import { describe, expect, it } from 'vitest';
import { dateTimeRecognizer, findDates } from '../../../../src/detect/recognizers/date-time';
import { raw, recognized } from '../helpers';

const dates = (text: string) => findDates(text).map((d) => text.slice(d.start, d.end));

describe('date-time', () => {
  it.each([
    ['Date: 1980-07-28 19:49:46', '1980-07-28 19:49:46'],
    ['2024-03-14T10:22:31Z', '2024-03-14T10:22:31Z'],
    ['on 14.03.2024', '14.03.2024'],
    ['03/14/2024', '03/14/2024'],
    ['the 4th of July 1976', '4th of July 1976'],
    ['March 12, 1985', 'March 12, 1985'],
    ['12 mars 1985', '12 mars 1985'],
    ['3. Oktober 1990', '3. Oktober 1990'],
    ['15 de agosto de 1990', '15 de agosto de 1990'],
  ])('finds %j', (text, value) => {
    expect(dates(text)).toEqual([value]);
  });

  it.each([['version 1.2.3'], ['192.168.1.1'], ['01.84.17.61.18'], ['13/13/2020'], ['32.01.2020'], ['ratio 3/4']])(
    'ignores %j',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );

  it('is neutral: below the default threshold', () => {
    expect(recognized(dateTimeRecognizer, 'on 14.03.2024', 0.5, { minScore: 0.5 })).toEqual([]);
    expect(raw(dateTimeRecognizer, 'on 14.03.2024', { minScore: 0.2 })[0]?.score).toBe(0.3);
  });
});
