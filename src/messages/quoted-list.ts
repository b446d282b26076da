/** '"A", "B" och "C"': column titles quoted and joined as the language lists them (one title alone as it is). */
export const quotedList = (items: string | readonly string[], lang: 'sv' | 'en'): string =>
  new Intl.ListFormat(lang, { type: 'conjunction' }).format((typeof items === 'string' ? [items] : items).map((x) => `"${x}"`));
