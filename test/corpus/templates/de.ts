/** German carriers (de locale): the same kinds of prompts, written as a German speaker would. */
import { s, val } from '../builder';
import type { Template } from './types';

export const DE: readonly Template[] = [
  {
    kind: 'de-beschwerde',
    lang: 'de',
    render: (c) => {
      const p = c.person();
      return s`Formuliere das bitte höflicher: "Guten Tag, mein Name ist ${p.name()}. Meine Bestellung ${c.orderNo()} ist seit drei Wochen nicht da, aber Sie haben meine Karte ${c.card()} schon belastet. Rufen Sie mich unter ${c.phone()} zurück."`;
    },
  },
  {
    kind: 'de-ueberweisung',
    lang: 'de',
    render: (c) => {
      const p = c.person();
      return s`Schreib mir einen kurzen Verwendungszweck und eine Nachricht an ${p.full()}: Ich überweise ${c.amount()} Kaution auf die IBAN ${c.iban()}, Eingang bis ${c.date()}.`;
    },
  },
  {
    kind: 'de-lebenslauf',
    lang: 'de',
    weight: 2,
    render: (c) => {
      const p = c.person();
      return s`Bitte überarbeite den Kopf meines Lebenslaufs:\n\n${p.full()}\n${c.address()}\nTel.: ${c.phone()}\nE-Mail: ${p.email()}\nGeboren am ${c.dob(p)}\nSteuer-ID: ${c.nationalId(p)}`;
    },
  },
  {
    kind: 'de-steuer',
    lang: 'de',
    weight: 2,
    render: (c) => {
      const p = c.person();
      return s`Mein Arbeitgeber fragt nach meiner steuerlichen Identifikationsnummer. Kannst du eine kurze Mail schreiben? Die Nummer ist ${c.nationalId(p)}, Name ${p.full()}, wohnhaft ${c.address()}.`;
    },
  },
  {
    kind: 'de-vermieter',
    lang: 'de',
    render: (c) => {
      const p = c.person();
      return s`Hilf mir bei einer Mängelanzeige an meine Vermieterin ${p.full()}: In der Wohnung ${c.address()} ist seit ${c.date()} die Heizung kaputt. Erreichbar bin ich unter ${c.phone()}.`;
    },
  },
  {
    kind: 'de-arzttermin',
    lang: 'de',
    render: (c) => {
      const p = c.person();
      return s`Schreib eine Terminanfrage an die Praxis: Patientin/Patient ${p.name()}, geb. ${c.dob(p)}, Rückruf bitte unter ${c.phone()} oder per Mail an ${p.email()}.`;
    },
  },
  {
    kind: 'de-kuendigung',
    lang: 'de',
    render: (c) => {
      const p = c.person();
      return s`Formuliere eine Kündigung für meinen Handyvertrag zum nächstmöglichen Termin. Vertragsinhaber: ${p.lastFirst()}, Rufnummer ${c.phone()}, Kundennummer ${String(c.r.int(1000000, 9999999))}, Anschrift ${c.address()}.`;
    },
  },
  {
    kind: 'de-csv',
    lang: 'de',
    render: (c) => {
      const row = (): ReturnType<typeof s> => {
        const p = c.person();
        return s`${p.lastOnly()};${p.firstOnly()};${p.email()};${c.phone()};${c.city()}`;
      };
      return s`Warum erkennt Excel die Spalten nicht?\n\nNachname;Vorname;E-Mail;Telefon;Ort\n${row()}\n${row()}\n${row()}`;
    },
  },
  {
    kind: 'de-mail-entwurf',
    lang: 'de',
    weight: 2,
    render: (c) => {
      const p = c.person();
      const anrede = p.sex === 'female' ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr';
      return s`Verbessere diese Mail:\n\n${anrede} ${p.lastOnly()},\nanbei die Unterlagen zum Vertrag ${c.orderNo()}. Bei Fragen erreichen Sie mich unter ${c.phone()}.\nMit freundlichen Grüßen\n${c.person().full()}`;
    },
  },
  {
    kind: 'de-code-kommentar',
    lang: 'de',
    render: (c) => {
      const x = c.secret();
      return s`Warum bekomme ich hier einen 401-Fehler?\n\n// Zugangsdaten für die Staging-Umgebung\nconst token = "${val('SECRET', x.text, x.label)}";\nconst admin = "${c.email()}";`;
    },
  },
];
