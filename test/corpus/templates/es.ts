/** Spanish carriers (es locale). */
import { s } from '../builder';
import type { Template } from './types';

export const ES: readonly Template[] = [
  {
    kind: 'es-reclamacion',
    lang: 'es',
    render: (c) => {
      const p = c.person();
      return s`¿Puedes reescribir esto de forma más educada? "Hola, soy ${p.name()}. Mi pedido ${c.orderNo()} no ha llegado y me han cobrado dos veces en la tarjeta ${c.card()}. Llámenme al ${c.phone()}."`;
    },
  },
  {
    kind: 'es-transferencia',
    lang: 'es',
    render: (c) => {
      const p = c.person();
      return s`Escribe un mensaje corto para ${p.full()}: le hago una transferencia de ${c.amount()} a la cuenta ${c.iban()} antes del ${c.date()}.`;
    },
  },
  {
    kind: 'es-dni',
    lang: 'es',
    weight: 3,
    render: (c) => {
      const p = c.person();
      return s`Rellena este formulario de alta con mis datos: nombre ${p.full()}, DNI/NIE ${c.nationalId(p)}, fecha de nacimiento ${c.dob(p)}, domicilio ${c.address()}.`;
    },
  },
  {
    kind: 'es-cv',
    lang: 'es',
    weight: 2,
    render: (c) => {
      const p = c.person();
      return s`Mejora la cabecera de mi currículum:\n\n${p.full()}\n${c.address()}\nTeléfono: ${c.phone()}\nCorreo: ${p.email()}\nNacido el ${c.dob(p)}`;
    },
  },
  {
    kind: 'es-cita',
    lang: 'es',
    render: (c) => {
      const p = c.person();
      return s`Escribe un mensaje para pedir cita en el centro de salud. Paciente: ${p.name()}, teléfono ${c.phone()}, correo ${p.email()}.`;
    },
  },
  {
    kind: 'es-correo',
    lang: 'es',
    weight: 2,
    render: (c) => {
      const p = c.person();
      const trat = p.sex === 'female' ? 'Estimada Sra.' : 'Estimado Sr.';
      return s`Corrige este correo:\n\n${trat} ${p.lastOnly()}:\nle adjunto la factura ${c.orderNo()}. Para cualquier duda puede llamarme al ${c.phone()}.\nUn saludo,\n${c.person().full()}`;
    },
  },
  {
    kind: 'es-csv',
    lang: 'es',
    render: (c) => {
      const row = (): ReturnType<typeof s> => {
        const p = c.person();
        return s`${p.lastFirst()};${p.email()};${c.phone()}`;
      };
      return s`Convierte esta lista en una tabla:\n\n"apellidos, nombre";correo;teléfono\n${row()}\n${row()}\n${row()}`;
    },
  },
];
