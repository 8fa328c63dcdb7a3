/**
 * Drafted replies. Every draft waits for staff approval; none gives medical advice, and none
 * fills a placeholder with a guess: a draft only uses what the template says.
 */
import type { Bucket, Route } from './schemas.ts';

export const DRAFTS_VERSION = 'drafts-1';

type Lang = 'en' | 'es';

const SAFETY: Record<Lang, string> = {
  en: 'We have received your message and a member of our clinical team has been alerted. If you are having a medical emergency, call 911 or go to the nearest emergency room now. If you are thinking about harming yourself, call or text 988.',
  es: 'Recibimos su mensaje y un miembro de nuestro equipo clínico ha sido alertado. Si tiene una emergencia médica, llame al 911 o vaya a la sala de emergencias más cercana ahora. Si está pensando en hacerse daño, llame o envíe un mensaje de texto al 988.',
};

const ACKNOWLEDGE: Record<Lang, string> = {
  en: 'Thank you for your message. A nurse will review it and get back to you. If your symptoms get worse or you feel it is an emergency, call 911.',
  es: 'Gracias por su mensaje. Una enfermera lo revisará y le responderá. Si sus síntomas empeoran o cree que es una emergencia, llame al 911.',
};

const TEMPLATES: Record<'refill' | 'billing' | 'scheduling', Record<Lang, string>> = {
  refill: {
    en: 'Thank you for your refill request. Our pharmacy team will review it with your care team and send it to your pharmacy on file, or contact you if anything more is needed.',
    es: 'Gracias por su solicitud de resurtido. Nuestro equipo de farmacia la revisará con su equipo médico y la enviará a su farmacia registrada, o se comunicará con usted si se necesita algo más.',
  },
  billing: {
    en: 'Thank you for your billing question. Our billing office will look into your account and reply with the details.',
    es: 'Gracias por su pregunta sobre facturación. Nuestra oficina de facturación revisará su cuenta y le responderá con los detalles.',
  },
  scheduling: {
    en: 'Thank you for your message about an appointment. Our front desk will check availability and reply with options.',
    es: 'Gracias por su mensaje sobre una cita. Nuestra recepción revisará la disponibilidad y le responderá con opciones.',
  },
};

/** A message is answered in Spanish when it says so, or when it reads as Spanish. */
export function replyLanguage(text: string, declared?: string): Lang {
  if (declared) return declared.toLowerCase().startsWith('es') ? 'es' : 'en';
  const words = text.toLowerCase().match(/[a-záéíóúñü]+/g) ?? [];
  const es = words.filter((w) => SPANISH_MARKERS.has(w)).length;
  return es >= 2 && es / Math.max(1, words.length) > 0.08 ? 'es' : 'en';
}
const SPANISH_MARKERS = new Set([
  'el',
  'la',
  'los',
  'las',
  'de',
  'del',
  'que',
  'por',
  'para',
  'con',
  'una',
  'un',
  'mi',
  'es',
  'y',
  'no',
  'tengo',
  'necesito',
  'cita',
  'gracias',
  'hola',
  'pero',
  'está',
  'esta',
  'muy',
  'mis',
  'me',
  'se',
  'le',
  'su',
  'favor',
  'buenos',
  'buenas',
  'quiero',
  'puedo',
]);

export function draftFor(route: Route, bucket: Bucket, lang: Lang): { draft: string | null; template: string | null } {
  if (route === 'escalate') return { draft: SAFETY[lang], template: `safety.${lang}` };
  if (route === 'review') {
    return bucket === 'symptom'
      ? { draft: ACKNOWLEDGE[lang], template: `acknowledge.${lang}` }
      : { draft: null, template: null };
  }
  if (bucket === 'refill' || bucket === 'billing' || bucket === 'scheduling') {
    return { draft: TEMPLATES[bucket][lang], template: `${bucket}.${lang}` };
  }
  return { draft: null, template: null };
}
