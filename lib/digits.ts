/**
 * People type numbers with the digits of their keyboard: ٤٩٠١ on an Arabic one, ۴۹۰۱ on an Urdu or Persian one,
 * ४९०१ on a Hindi one, ৪৯০১ in Bengali, ௪௯௦௧ in Tamil, ๔๙๐๑ in Thai. They are the same digits: checks read them as
 * 0-9. Unicode puts the ten digits of each script in a row, so each is its code point minus the row's zero.
 */
const zeros = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Urdu, Persian)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0e50, // Thai
  0x0ed0, // Lao
  0x1040, // Myanmar
  0x17e0, // Khmer
  0xff10, // Fullwidth
];

/** The text with every digit of the scripts above written 0-9; everything else as it was. */
export function toAsciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0) ?? 0;
    const zero = zeros.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? d : String(code - zero);
  });
}

/** Arabic decimal and thousands separators (٫ ٬), as an Arabic keyboard types them in amounts. */
export const arabicSeparators = '\u066b\u066c';
