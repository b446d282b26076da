/** A code column's header ("Kod", "Länskod", "Nr", "Länsbokstav", "Konto"): its cells stand before the row's label. */
export const CODE_TITLE = /^(?:(?:läns|kommun|region|konto)?(?:kod|nr|nummer)\.?|länsbokstav|anslag|anslagspost|ap\.?|konto)$/i;
/** Of those, the titles that head codes only, never a column of values ("Anslag" heads amounts as often). */
export const CODE_ONLY_TITLE = /^(?:(?:läns|kommun|region|konto)?(?:kod|nr|nummer)\.?|länsbokstav)$/i;
/** A county or municipality code ("01", "0380"), or an appropriation's ("1:1", "2:4"). */
export const CODE_CELL = /^(?:\d{1,4}|\d{1,2}:\d{1,2})$/;
/** Codes go up down the column: "1:5" after "1:3", "12" after "09". */
export const codeOrder = (text: string): number => text.split(':').reduce((n, part) => n * 100 + Number(part), 0);
/** A short code in capitals: a party's, an agency's or a county's letter ("M", "KD", "ÖVR", "AB"). */
export const LETTER_CODE = /^[A-ZÅÄÖ][A-ZÅÄÖ0-9]{0,5}$/u;
