import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template';

describe('fillTemplate', () => {
  it('fills every argument, in the order the translator wrote them', () => {
    expect(fillTemplate('{url} — {title}', { title: 'Avoid', url: 'https://x.example/en/avoid' })).toBe('https://x.example/en/avoid — Avoid');
  });
  it('fills an argument used twice, and numbers', () => {
    expect(fillTemplate('{n} of {n}', { n: 3 })).toBe('3 of 3');
  });
  it('leaves an argument without a value as written', () => {
    expect(fillTemplate('Loading {language}…', {})).toBe('Loading {language}…');
  });
  it('does not read inherited properties as values', () => {
    expect(fillTemplate('{constructor}', {})).toBe('{constructor}');
  });
  it('does not re-read a filled value as a template', () => {
    expect(fillTemplate('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
  });
});
