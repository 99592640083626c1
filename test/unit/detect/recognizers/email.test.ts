import { describe, expect, it } from 'vitest';
import { emailRecognizer } from '../../../../src/detect/recognizers/email';
import { recognized } from '../helpers';

describe('email', () => {
  it.each([
    ['Write to jane.doe@example.com today', 'jane.doe@example.com'],
    ['JonathanPLaursen@fleckens.hu', 'JonathanPLaursen@fleckens.hu'],
    ['<bob+tag@mail.co.uk>', 'bob+tag@mail.co.uk'],
    ['mailto:o.brien@uni-koeln.de.', 'o.brien@uni-koeln.de'],
    ['email: A_B-c%d@sub.domain.io,', 'A_B-c%d@sub.domain.io'],
    // RFC 6531 local parts and IDN domains: the whole address, not the ASCII tail after "í".
    ['Contact elena.garcía@example.com.', 'elena.garcía@example.com'],
    ['почта: иван.петров@пример.рф.', 'иван.петров@пример.рф'],
    ['jürgen@müller-bau.de', 'jürgen@müller-bau.de'],
    // The same domains in their ASCII (punycode) form, top-level domain included.
    ['ivan@xn--e1afmkfd.xn--p1ai wrote', 'ivan@xn--e1afmkfd.xn--p1ai'],
    // Scripts without spaces: the local part does not swallow the sentence before it.
    ['请发邮件给zhangwei@example.com谢谢', 'zhangwei@example.com'],
  ])('finds %j', (text, value) => {
    expect(recognized(emailRecognizer, text)).toEqual([value]);
  });

  it.each([
    ['icon@2x.png and logo@3x.webp'],
    ['user@localhost is not routable'],
    ['npm i @scope/pkg@1.2.3'],
    ['git@github.com:org/repo.git'],
    ['a@b.c'],
    ['a@b.xn--'],
    ['decorators like @Component({}) and @@ signs'],
    ['price: 5@3.50'],
  ])('ignores %j', (text) => {
    expect(recognized(emailRecognizer, text)).toEqual([]);
  });
});
