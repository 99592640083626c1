import type { Recognizer } from './recognizer';
import { findSecrets } from './recognizers/secrets';
import { emailRecognizer } from './recognizers/email';
import { urlRecognizer } from './recognizers/url';
import { phoneRecognizer } from './recognizers/phone';
import { creditCardRecognizer } from './recognizers/credit-card';
import { ibanRecognizer } from './recognizers/iban';
import { usSsnRecognizer } from './recognizers/us-ssn';
import { usPassportRecognizer } from './recognizers/us-passport';
import { usDriverLicenseRecognizer } from './recognizers/us-driver-license';
import { ukNinoRecognizer } from './recognizers/uk-nino';
import { ukNhsRecognizer } from './recognizers/uk-nhs';
import { deTaxIdRecognizer } from './recognizers/de-tax-id';
import { frNirRecognizer } from './recognizers/fr-nir';
import { esDniRecognizer } from './recognizers/es-dni';
import { itFiscalCodeRecognizer } from './recognizers/it-fiscal-code';
import { intlNationalIdRecognizer } from './recognizers/intl-national-id';
import { ipAddressRecognizer } from './recognizers/ip-address';
import { macAddressRecognizer } from './recognizers/mac-address';
import { streetAddressRecognizer } from './recognizers/street-address';
import { locationRecognizer } from './recognizers/location';
import { dateTimeRecognizer } from './recognizers/date-time';
import { dateOfBirthRecognizer } from './recognizers/date-of-birth';
import { personRecognizer } from './recognizers/person';
import { organizationRecognizer } from './recognizers/organization';
import { customRecognizer } from './recognizers/custom';
import { invisibleTextRecognizer } from './recognizers/invisible-text';
import { columnTyperRecognizer } from './recognizers/column-typer';
import { cryptoWalletRecognizer } from './recognizers/crypto-wallet';
import { bankAccountRecognizer } from './recognizers/bank-account';
import { regionalIdsRecognizer } from './recognizers/regional-ids';

/** The colleague-owned secret rules (recognizers/secrets), adapted to the Recognizer shape. */
export const secretRecognizer: Recognizer = {
  id: 'secret',
  phase: 'validated',
  types: ['SECRET'],
  find: (scan) => findSecrets(scan.text),
};

/**
 * Every recognizer of the synchronous fast path, in no particular order (overlaps are resolved afterwards). This is
 * the only list: a new recognizer is added here, and declares its own phase.
 * None of them imports compromise; the names/places here come from the built-in lexicon.
 */
export const FAST_RECOGNIZERS: readonly Recognizer[] = [
  secretRecognizer,
  emailRecognizer,
  urlRecognizer,
  phoneRecognizer,
  creditCardRecognizer,
  ibanRecognizer,
  usSsnRecognizer,
  usPassportRecognizer,
  usDriverLicenseRecognizer,
  ukNinoRecognizer,
  ukNhsRecognizer,
  deTaxIdRecognizer,
  frNirRecognizer,
  esDniRecognizer,
  itFiscalCodeRecognizer,
  intlNationalIdRecognizer,
  regionalIdsRecognizer,
  bankAccountRecognizer,
  cryptoWalletRecognizer,
  ipAddressRecognizer,
  macAddressRecognizer,
  streetAddressRecognizer,
  locationRecognizer,
  dateTimeRecognizer,
  dateOfBirthRecognizer,
  personRecognizer,
  organizationRecognizer,
  customRecognizer,
  invisibleTextRecognizer,
  columnTyperRecognizer,
];
