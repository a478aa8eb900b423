/** The web-chat page's words in each language it speaks, and which one a visitor gets. */

export type WebchatLanguage = 'en' | 'es';

/** What the visitor reads, in their language: the page's text, and the script's through a data attribute. */
export const texts = {
  en: {
    title: 'Chat with {business}',
    connecting: 'Connecting…',
    intro: 'Tell us your name and we will be with you in a moment.',
    name: 'Your name',
    email: 'Your email (optional, so we can write back)',
    start: 'Start chatting',
    conversation: 'Conversation',
    message: 'Your message',
    placeholder: 'Write a message… (Enter to send)',
    send: 'Send',
    script: {
      askName: 'Before you write, tell us your name.',
      connected: 'Connected. Write your message below.',
      sent: 'Sent. An agent will answer here.',
      notSent: 'Not sent: {error}. Try again.',
      closed: 'This conversation is closed. Write to start a new one.',
      unavailable: 'Chat unavailable: {error}',
      you: 'You',
      agent: 'Agent',
    },
  },
  es: {
    title: 'Chatea con {business}',
    connecting: 'Conectando…',
    intro: 'Dinos tu nombre y enseguida te atendemos.',
    name: 'Tu nombre',
    email: 'Tu correo electrónico (opcional, para poder responderte)',
    start: 'Empezar a chatear',
    conversation: 'Conversación',
    message: 'Tu mensaje',
    placeholder: 'Escribe un mensaje… (Intro para enviar)',
    send: 'Enviar',
    script: {
      askName: 'Antes de escribir, dinos tu nombre.',
      connected: 'Conectado. Escribe tu mensaje abajo.',
      sent: 'Enviado. Un agente te responderá aquí.',
      notSent: 'No se ha enviado: {error}. Inténtalo de nuevo.',
      closed: 'Esta conversación está cerrada. Escribe para empezar otra.',
      unavailable: 'Chat no disponible: {error}',
      you: 'Tú',
      agent: 'Agente',
    },
  },
} satisfies Record<WebchatLanguage, unknown>;

/** Countries whose businesses speak Spanish to their customers by default. */
const spanishSpeaking = new Set('ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR GQ'.split(' '));

/**
 * The visitor's language: the first of their browser's languages (Accept-Language, in its
 * order; q-values are rarely anything but descending) that the page speaks, else the
 * business's: Spanish in a Spanish-speaking country, English elsewhere.
 */
export function webchatLanguage(
  acceptLanguage: string | undefined,
  country: string | undefined,
): WebchatLanguage {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const base = part.trim().split(';')[0]!.split('-')[0]!.toLowerCase();
    if (base === 'en' || base === 'es') return base;
  }
  return country && spanishSpeaking.has(country.toUpperCase()) ? 'es' : 'en';
}
