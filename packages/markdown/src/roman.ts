// A roman numeral, as pandoc reads one in a list marker (`iv`, `XII`), never empty.
export const ROMAN = '(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})'
export const ROMAN_UPPER = ROMAN.toUpperCase()
