/**
 * Search boxes put what is typed in the address (`?q=`) so results can be
 * shared. A long run of digits there is almost always something personal: an
 * IMEI (15 digits), a phone number, a loan or payment reference. None of them
 * helps a search, so the boxes refuse them before they are sent, and the
 * server strips any that arrive anyway.
 *
 * "Long" is 8 or more digits in any script (Devanagari, Arabic-Indic, Thai…),
 * which may be split by spaces, dots or dashes as people write them.
 */
export const personalNumberMinDigits = 8;

const digitRun = new RegExp(`\\+?(?:\\p{Nd}[\\s.\\-]?){${personalNumberMinDigits - 1},}\\p{Nd}`, 'gu');

/** True when the text holds a run of digits long enough to be an IMEI, phone number or reference. */
export function hasPersonalNumber(text: string): boolean {
  digitRun.lastIndex = 0;
  return digitRun.test(text);
}

/** The text with every such run taken out, spaces tidied. */
export function withoutPersonalNumbers(text: string): string {
  return text.replace(digitRun, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * For `<input pattern>`: the browser refuses to submit a value that holds such
 * a run, without any JavaScript. Browsers compile `pattern` with the `v` flag
 * and anchor it to the whole value.
 */
export const noPersonalNumberPattern = `(?!.*(?:\\p{Nd}[\\s.\\-]?){${personalNumberMinDigits - 1}}\\p{Nd}).*`;

/** The query parameter on a redirect that tells the page a number was taken out. */
export const removedParam = 'removed';
