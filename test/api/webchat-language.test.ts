import { describe, expect, it } from 'vitest';
import { webchatLanguage, webchatPage } from '../../src/server/webchat/page.ts';

describe('web-chat page language and business name (issue 14)', () => {
  it('speaks the visitor’s first language it knows, else the business country’s', () => {
    expect(webchatLanguage('es-MX,es;q=0.9,en;q=0.8', 'US')).toBe('es');
    expect(webchatLanguage('fr-FR,en-GB;q=0.8,es;q=0.5', 'ES')).toBe('en');
    expect(webchatLanguage('fr-FR', 'ES')).toBe('es');
    expect(webchatLanguage(undefined, 'AR')).toBe('es');
    expect(webchatLanguage('de', 'GB')).toBe('en');
    expect(webchatLanguage(undefined, undefined)).toBe('en');
  });

  it('names the business, escaped, and asks for the visitor’s name', () => {
    const page = webchatPage('acme', 'Tom & <Jerry>', 'es');
    expect(page).toContain('<h1>Chatea con Tom &amp; &lt;Jerry&gt;</h1>');
    expect(page).toContain('<html lang="es">');
    expect(page).toContain('<label for="name">Tu nombre</label>');
    expect(page).not.toContain('<Jerry>');
  });
});
