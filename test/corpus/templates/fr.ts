/** French carriers (fr locale). */
import { s } from '../builder';
import type { Template } from './types';

export const FR: readonly Template[] = [
  {
    kind: 'fr-reclamation',
    lang: 'fr',
    render: (c) => {
      const p = c.person();
      return s`Peux-tu reformuler ce message de façon plus courtoise ? « Bonjour, je suis ${p.name()}, ma commande ${c.orderNo()} n'est jamais arrivée et ma carte ${c.card()} a été débitée deux fois. Rappelez-moi au ${c.phone()}. »`;
    },
  },
  {
    kind: 'fr-virement',
    lang: 'fr',
    render: (c) => {
      const p = c.person();
      return s`Rédige un court message pour ${p.full()} : je lui vire ${c.amount()} pour la caution, sur l'IBAN ${c.iban()}, avant le ${c.date()}.`;
    },
  },
  {
    kind: 'fr-cv',
    lang: 'fr',
    weight: 2,
    render: (c) => {
      const p = c.person();
      const nee = p.sex === 'female' ? 'Née le' : 'Né le';
      return s`Améliore l'en-tête de mon CV :\n\n${p.full()}\n${c.address()}\nTél. : ${c.phone()}\nCourriel : ${p.email()}\n${nee} ${c.dob(p)}`;
    },
  },
  {
    kind: 'fr-secu',
    lang: 'fr',
    weight: 3,
    render: (c) => {
      const p = c.person();
      return s`Écris un mail à la CPAM pour signaler mon changement d'adresse. Nom : ${p.full()}, numéro de sécurité sociale ${c.nationalId(p)}, nouvelle adresse : ${c.address()}.`;
    },
  },
  {
    kind: 'fr-rendez-vous',
    lang: 'fr',
    render: (c) => {
      const p = c.person();
      return s`Confirme le rendez-vous de ${p.name()} (né(e) le ${c.dob(p)}) pour mardi, et demande de rappeler au ${c.phone()} en cas d'empêchement.`;
    },
  },
  {
    kind: 'fr-resiliation',
    lang: 'fr',
    render: (c) => {
      const p = c.person();
      return s`Rédige une lettre de résiliation de mon abonnement internet. Titulaire : ${p.lastFirst()}, adresse ${c.address()}, e-mail ${p.email()}.`;
    },
  },
  {
    kind: 'fr-mail',
    lang: 'fr',
    weight: 2,
    render: (c) => {
      const p = c.person();
      const civ = p.sex === 'female' ? 'Madame' : 'Monsieur';
      return s`Corrige ce mail :\n\n${civ} ${p.lastOnly()},\nveuillez trouver ci-joint le devis ${c.orderNo()}. Vous pouvez me joindre au ${c.phone()}.\nCordialement,\n${c.person().full()}`;
    },
  },
  {
    kind: 'fr-tableau',
    lang: 'fr',
    render: (c) => {
      const row = (): ReturnType<typeof s> => {
        const p = c.person();
        return s`| ${p.full()} | ${p.email()} | ${c.city()} |`;
      };
      return s`Trie ce tableau par ville :\n\n| Nom | Courriel | Ville |\n|---|---|---|\n${row()}\n${row()}\n${row()}`;
    },
  },
];
