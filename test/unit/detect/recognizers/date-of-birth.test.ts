import { describe, expect, it } from 'vitest';
import { dateOfBirthRecognizer } from '../../../../src/detect/recognizers/date-of-birth';
import { recognized } from '../helpers';

describe('date-of-birth', () => {
  it.each([
    ['DOB: 04/12/1986', '04/12/1986'],
    ['born on 12 March 1985', '12 March 1985'],
    ['date of birth 1985-03-12', '1985-03-12'],
    ['D.O.B. 12.03.1985', '12.03.1985'],
    ['geboren am 3. Oktober 1990', '3. Oktober 1990'],
    ['né le 12 mars 1985', '12 mars 1985'],
    ['My birthday is 14/02/1990.', '14/02/1990'],
  ])('finds %j', (text, value) => {
    expect(recognized(dateOfBirthRecognizer, text)).toEqual([value]);
  });

  it.each([['meeting on 12 March 1985'], ['deployed 2024-03-14'], ['born to run']])('ignores %j', (text) => {
    expect(recognized(dateOfBirthRecognizer, text)).toEqual([]);
  });
});
