/**
 * Value factory for one locale: every PII value a template can ask for, each returned as a
 * labelled Val, so spans are recorded by construction. Faker makes names, addresses, cards and
 * IBANs; phones are kept only when libphonenumber-js/max says they are valid for the region.
 */
import type { Faker, SexType } from '@faker-js/faker';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { type Val, val } from './builder';
import { formatDate, isoTimestamp } from './dates';
import * as ids from './ids';
import { FALLBACK_IBAN, type Lang, type LocaleSpec } from './locales';
import { HEX, type Rng } from './rng';
import * as sec from './secrets';

/** Fixed "now" for faker and timestamps, so the corpus does not change with the calendar. */
export const REF_DATE = new Date('2026-06-15T12:00:00Z');

export interface Person {
  first: string;
  last: string;
  sex: SexType;
  birth: Date;
  /** First Last, case variant chosen by the PRNG (normal, lowercase, ALL-CAPS). */
  name(): Val;
  /** First Last as written in a form. */
  full(): Val;
  /** "Last, First" (directories, CSV exports). */
  lastFirst(): Val;
  firstOnly(): Val;
  lastOnly(): Val;
  /** An address built from the name (first.last@provider), so the name also appears inside it. */
  email(): Val;
}

export class Ctx {
  constructor(
    readonly loc: LocaleSpec,
    readonly r: Rng,
    readonly lang: Lang,
  ) {}

  get f(): Faker {
    return this.loc.faker;
  }

  person(): Person {
    const { f, r } = this;
    const sex: SexType = r.chance(0.5) ? 'female' : 'male';
    const first = f.person.firstName(sex);
    const last = f.person.lastName(sex);
    const birth = f.date.birthdate({ mode: 'age', min: 18, max: 85 });
    const caseOf = (s: string): string => {
      const v = r.weighted([
        ['normal', 80],
        ['lower', 12],
        ['upper', 8],
      ] as const);
      return v === 'lower' ? s.toLowerCase() : v === 'upper' ? s.toUpperCase() : s;
    };
    const email = (): Val => {
      const e = f.internet.email({ firstName: first, lastName: last });
      return val('EMAIL_ADDRESS', r.chance(0.5) ? e.toLowerCase() : e);
    };
    return {
      first,
      last,
      sex,
      birth,
      name: () => val('PERSON', caseOf(`${first} ${last}`)),
      full: () => val('PERSON', `${first} ${last}`),
      lastFirst: () => val('PERSON', r.chance(0.15) ? `${last}, ${first}`.toUpperCase() : `${last}, ${first}`),
      firstOnly: () => val('PERSON', first),
      lastOnly: () => val('PERSON', last),
      email,
    };
  }

  email(): Val {
    const e = this.f.internet.email();
    return val('EMAIL_ADDRESS', this.r.chance(0.6) ? e.toLowerCase() : e);
  }

  phone(): Val {
    const { f, r, loc } = this;
    for (let i = 0; i < 400; i++) {
      const raw = f.phone.number({ style: r.pick(['national', 'international']) });
      const p = parsePhoneNumberFromString(raw, loc.region);
      if (!p?.isValid() || p.country !== loc.region) continue;
      const national = loc.nationalPhones && r.chance(0.55);
      if (national) {
        if (loc.region === 'US' && r.chance(0.4)) {
          const d = p.nationalNumber;
          const sep = r.pick(['-', '.']);
          return val('PHONE_NUMBER', `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`);
        }
        return val('PHONE_NUMBER', p.formatNational());
      }
      return val('PHONE_NUMBER', r.chance(0.6) ? p.formatInternational() : p.number);
    }
    throw new Error(`no valid phone for ${loc.region}`);
  }

  card(): Val {
    const { f, r } = this;
    for (;;) {
      const issuer = r.weighted([
        ['visa', 5],
        ['mastercard', 4],
        ['american_express', 2],
        ['discover', 1],
        ['jcb', 1],
        ['diners_club', 1],
      ] as const);
      const d = f.finance.creditCardNumber(issuer).replace(/\D/g, '');
      if (d.length < 14) continue;
      const style = r.weighted([
        ['spaced', 5],
        ['compact', 3],
        ['dashed', 2],
      ] as const);
      if (style === 'compact') return val('CREDIT_CARD', d);
      const sep = style === 'spaced' ? ' ' : '-';
      const groups =
        d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : [4, 4, 4, 4, 3].slice(0, Math.ceil(d.length / 4));
      let at = 0;
      return val(
        'CREDIT_CARD',
        groups
          .map((g) => d.slice(at, (at += g)))
          .filter(Boolean)
          .join(sep),
      );
    }
  }

  iban(): Val {
    const cc = this.loc.iban ?? this.r.pick(FALLBACK_IBAN);
    return val('IBAN_CODE', this.f.finance.iban({ formatted: this.r.chance(0.55), countryCode: cc }));
  }

  ssn(): Val {
    const n = ids.usSsn(this.r);
    const style = this.r.weighted([
      ['-', 8],
      [' ', 1],
      ['', 1],
    ] as const);
    return val('US_SSN', n.replace(/-/g, style));
  }

  passport(): Val {
    return val('US_PASSPORT', ids.usPassport(this.r));
  }

  driverLicense(): { state: string; value: Val } {
    const dl = ids.usDriverLicense(this.r);
    return { state: dl.state, value: val('US_DRIVER_LICENSE', dl.number) };
  }

  nino(): Val {
    const n = ids.ukNino(this.r);
    return val(
      'UK_NINO',
      this.r.chance(0.5) ? n : `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 8)} ${n.slice(8)}`,
    );
  }

  nhs(): Val {
    const n = ids.ukNhs(this.r);
    const sep = this.r.weighted([
      [' ', 6],
      ['', 3],
      ['-', 1],
    ] as const);
    return val('UK_NHS', `${n.slice(0, 3)}${sep}${n.slice(3, 6)}${sep}${n.slice(6)}`);
  }

  /** The locale's own tax/identity number; null where the detector is not required to know one. */
  nationalId(p?: Person): Val | null {
    const { r } = this;
    const who = p ?? this.person();
    switch (this.loc.region) {
      case 'US':
        return r.weighted<() => Val>([
          [() => this.ssn(), 6],
          [() => this.passport(), 2],
          [() => this.driverLicense().value, 2],
        ])();
      case 'GB':
        return r.chance(0.55) ? this.nino() : this.nhs();
      case 'DE': {
        const n = ids.deSteuerId(r);
        return val(
          'NATIONAL_ID',
          r.chance(0.6) ? n : `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 8)} ${n.slice(8)}`,
          'DE',
        );
      }
      case 'FR': {
        const n = ids.frNir(r, who.birth, who.sex === 'female');
        const spaced = [
          n.slice(0, 1),
          n.slice(1, 3),
          n.slice(3, 5),
          n.slice(5, 7),
          n.slice(7, 10),
          n.slice(10, 13),
          n.slice(13),
        ];
        return val('NATIONAL_ID', r.chance(0.5) ? n : spaced.join(' '), 'FR');
      }
      case 'ES': {
        const n = ids.esDniOrNie(r, r.chance(0.3));
        return val('NATIONAL_ID', r.chance(0.8) ? n : `${n.slice(0, -1)}-${n.slice(-1)}`, 'ES');
      }
      case 'IT':
        return val('NATIONAL_ID', ids.itCodiceFiscale(r, who.first, who.last, who.birth, who.sex === 'female'), 'IT');
      default:
        return null;
    }
  }

  /** The national ID if the locale has one, otherwise a card or IBAN (so ID-bearing templates still carry PII). */
  idOrPayment(p?: Person): Val {
    return this.nationalId(p) ?? (this.r.chance(0.5) ? this.card() : this.iban());
  }

  ip(): Val {
    const { r, f } = this;
    if (r.chance(0.8)) {
      for (;;) {
        const ip = f.internet.ipv4();
        // Keep versions-looking and reserved first octets out: the point is a routable user address.
        if (!/^(0|10|127|169|172|192|2[2-5]\d)\./.test(ip)) return val('IP_ADDRESS', ip);
      }
    }
    const g = (): string => r.chars(HEX, r.int(1, 4)).replace(/^0+(?=.)/, '');
    const head = r.pick(['2a02', '2001', '2600', '2804', '2409', '2a01']);
    return val(
      'IP_ADDRESS',
      r.chance(0.5) ? [head, g(), g(), g(), g(), g(), g(), g()].join(':') : `${head}:${g()}:${g()}:${g()}::${g()}`,
    );
  }

  mac(): Val {
    const m = this.f.internet.mac({ separator: this.r.pick([':', ':', '-']) });
    return val('MAC_ADDRESS', this.r.chance(0.3) ? m.toUpperCase() : m);
  }

  cityName(): string {
    const { loc, f, r } = this;
    return loc.cities ? r.pick(loc.cities) : f.helpers.arrayElement(f.definitions.location.city_name);
  }

  city(): Val {
    return val('LOCATION', this.cityName());
  }

  /** One-line postal address in the locale's layout; `multiline` breaks it as on an envelope. */
  address(multiline = false): Val {
    const { f, loc } = this;
    const street = f.location.streetAddress(false);
    const city = this.cityName();
    const zip = f.location.zipCode();
    const nl = multiline ? '\n' : ', ';
    let text: string;
    if (loc.address === 'us') text = `${street}${nl}${city}, ${f.location.state({ abbreviated: true })} ${zip}`;
    else if (loc.address === 'uk') text = `${street}${nl}${city} ${this.ukPostcode()}`;
    else if (loc.address === 'br') text = `${street}${nl}${city} - ${f.location.state({ abbreviated: true })}, ${zip}`;
    else if (loc.address === 'in') text = `${street}${nl}${city} ${zip}`;
    else text = `${street}${nl}${zip} ${city}`;
    return val('STREET_ADDRESS', text);
  }

  /** Faker's en_GB postcodes have a malformed inward code ("SE58 90E"); build real-shaped ones. */
  ukPostcode(): string {
    const { r } = this;
    const area = r.pick([
      'SW',
      'SE',
      'N',
      'NW',
      'E',
      'W',
      'EC',
      'M',
      'B',
      'L',
      'LS',
      'G',
      'EH',
      'CF',
      'BS',
      'NG',
      'S',
      'OX',
      'CB',
      'BN',
      'NE',
    ]);
    return `${area}${r.int(1, 19)} ${r.int(0, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
  }

  dob(p?: Person): Val {
    return val('DATE_OF_BIRTH', formatDate(this.r, this.loc, (p ?? this.person()).birth, this.lang));
  }

  /** A date that is not a birth date (neutral). */
  date(): Val {
    return val('DATE_TIME', formatDate(this.r, this.loc, this.f.date.recent({ days: 300 }), this.lang));
  }

  timestamp(): Val {
    return val('DATE_TIME', isoTimestamp(this.r, REF_DATE));
  }

  org(): Val {
    return val('ORGANIZATION', this.f.company.name());
  }

  /** Plain link (neutral: a URL without credentials is not personal data by itself). */
  url(): Val {
    const path = this.r.pick(['', '/docs', '/account/settings', '/blog/2026/pricing', '/support', '/api/v2/status']);
    return val('URL', `https://${this.f.internet.domainName()}${path}`);
  }

  domain(): string {
    return this.f.internet.domainName();
  }

  username(): string {
    return this.r.pick(['deploy', 'admin', 'app', 'svc_orders', 'etl', 'root', 'ci', 'backend']);
  }

  secret(kind: 'token' | 'url' | 'any' = 'token'): sec.SecretValue {
    return sec.prefixedSecret(this.r, kind);
  }

  contextSecret(): sec.SecretValue {
    return sec.contextSecret(this.r);
  }

  jwt(): Val {
    return val(
      'SECRET',
      sec.jwt(
        this.r,
        this.r.chance(0.5) ? String(this.r.int(1000, 999999)) : this.f.string.uuid(),
        1_780_000_000 + this.r.int(0, 9_999_999),
      ),
      'JWT',
    );
  }

  pem(): Val {
    const p = sec.pem(this.r);
    return val('SECRET', p.text, p.label);
  }

  dbUri(): Val {
    const d = sec.dbUri(
      this.r,
      this.username(),
      this.r.pick(['db.internal', 'localhost', `pg-${this.r.int(1, 9)}.${this.domain()}`, 'cluster0.mongodb.net']),
    );
    return val('SECRET', d.text, d.label);
  }

  password(): Val {
    return val('SECRET', sec.password(this.r), 'Password');
  }

  /** Unlabelled fillers: the hard-negative material that also appears inside positive items. */
  orderNo(): string {
    return this.r.pick([
      `#${this.r.digits(7)}`,
      `ORD-${this.r.digits(6)}`,
      `${this.r.int(100, 999)}-${this.r.digits(7)}-${this.r.digits(7)}`,
    ]);
  }

  ticketNo(): string {
    return this.r.pick([`#${this.r.int(10000, 99999)}`, `SUP-${this.r.int(1000, 9999)}`, `INC${this.r.digits(7)}`]);
  }

  amount(): string {
    const n = `${this.r.int(5, 2400)}.${this.r.digits(2)}`;
    const cur: Partial<Record<string, readonly string[]>> = {
      US: ['$'],
      GB: ['£'],
      IN: ['₹', 'Rs. '],
      BR: ['R$ '],
      PL: ['PLN '],
      SE: ['SEK '],
      TR: ['₺', 'TRY '],
    };
    const sym = this.r.pick(cur[this.loc.region] ?? ['€', 'EUR ']);
    return `${sym}${n}`;
  }

  uuid(): string {
    return this.f.string.uuid();
  }

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
}
