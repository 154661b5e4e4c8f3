import { describe, expect, it } from 'vitest';
import { describeHours, dayRuns, openState, wallClock } from './hours';
import { contactSchema } from './content/contacts.schema';

const india = [{ days: [1, 2, 3, 4, 5, 6, 7], open: '08:00', close: '23:00' }];
const weekdays = [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' }];

describe('wallClock', () => {
  it('reads the weekday and time in the zone, across the date line', () => {
    // 2026-11-23 is a Monday. 20:00 UTC is already Tuesday 01:30 in India.
    expect(wallClock(new Date('2026-11-23T20:00:00Z'), 'Asia/Kolkata')).toEqual({ day: 2, time: '01:30' });
    expect(wallClock(new Date('2026-11-23T20:00:00Z'), 'America/Mexico_City')).toEqual({ day: 1, time: '14:00' });
  });
});

describe('openState', () => {
  it('is closed at midnight and opens at 08:00 the same day', () => {
    // 18:30 UTC = 00:00 IST on Tuesday.
    expect(openState(india, new Date('2026-11-23T18:30:00Z'), 'Asia/Kolkata')).toEqual({
      open: false,
      opens: { day: 2, time: '08:00', today: true },
    });
  });
  it('is open one minute before closing and closed at closing time', () => {
    expect(openState(india, new Date('2026-11-24T17:29:00Z'), 'Asia/Kolkata')).toEqual({ open: true, closes: '23:00' });
    expect(openState(india, new Date('2026-11-24T17:30:00Z'), 'Asia/Kolkata')).toEqual({
      open: false,
      opens: { day: 3, time: '08:00', today: false },
    });
  });
  it('on a weekend points to Monday', () => {
    // Saturday 2026-11-28 12:00 in Singapore.
    expect(openState(weekdays, new Date('2026-11-28T04:00:00Z'), 'Asia/Singapore')).toEqual({
      open: false,
      opens: { day: 1, time: '09:00', today: false },
    });
  });
  it('follows daylight saving time in Europe/Rome', () => {
    // Summer time starts on Sunday 2026-03-29. On Monday 07:30 UTC it is 09:30 in Rome (UTC+2): open.
    expect(openState(weekdays, new Date('2026-03-30T07:30:00Z'), 'Europe/Rome').open).toBe(true);
    // The same UTC time the Friday before was 08:30 (UTC+1): closed, opens at 09:00 today.
    expect(openState(weekdays, new Date('2026-03-27T07:30:00Z'), 'Europe/Rome')).toEqual({
      open: false,
      opens: { day: 5, time: '09:00', today: true },
    });
  });
  it('handles split days (Friday closes earlier)', () => {
    const za = [
      { days: [1, 2, 3, 4], open: '08:00', close: '17:00' },
      { days: [5], open: '08:00', close: '16:30' },
    ];
    // Friday 2026-11-27 16:45 in Johannesburg (UTC+2).
    expect(openState(za, new Date('2026-11-27T14:45:00Z'), 'Africa/Johannesburg')).toEqual({
      open: false,
      opens: { day: 1, time: '08:00', today: false },
    });
  });
});

describe('describeHours', () => {
  it('groups consecutive days and localizes weekday names', () => {
    expect(dayRuns([1, 2, 3, 5, 7, 6])).toEqual([
      [1, 3],
      [5, 7],
    ]);
    expect(describeHours(weekdays, 'en')).toEqual([{ days: 'Monday – Friday', time: '9:00 AM – 6:00 PM' }]);
    expect(describeHours(weekdays, 'es')[0]?.days).toBe('lunes – viernes');
  });
});

describe('hours only where a source gives them', () => {
  const line = { kind: 'phone', value: '1800 103 6286', sources: [{ url: 'https://www.mi.com/in/support/' }], hours: india };
  const fieldsOf = (r: ReturnType<typeof contactSchema.safeParse>) => (r.success ? [] : r.error.issues.map((i) => i.path.join('.')));

  it('rejects hours on an unconfirmed contact', () => {
    expect(fieldsOf(contactSchema.safeParse({ ...line, verification: { level: 'unconfirmed' } }))).toEqual(['hours']);
  });
  it('rejects hours on a contact whose facts are not on its source page (origin)', () => {
    expect(fieldsOf(contactSchema.safeParse({ ...line, origin: 'brief', verification: { level: 'unconfirmed' } }))).toEqual(['hours']);
  });
  it('accepts hours from research notes or checked on a date, and no hours at all', () => {
    expect(contactSchema.safeParse({ ...line, verification: { level: 'from-research' } }).success).toBe(true);
    expect(contactSchema.safeParse({ ...line, verification: { level: 'checked', on: '2026-12-01' } }).success).toBe(true);
    expect(contactSchema.safeParse({ ...line, hours: undefined, origin: 'brief', verification: { level: 'unconfirmed' } }).success).toBe(true);
  });
});
