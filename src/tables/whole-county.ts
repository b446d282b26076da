/**
 * "Hela Kronobergs län", "hela Gotlands län": the whole county, as tables that split counties by
 * another division (landscapes, districts) write it beside "del av Kalmar län". The name after
 * "hela" is the region; "del av …" (a part) is not.
 */
const WHOLE = /^hela\s+(?=\S)/i;

/** The county name in a "hela … län" label, or null when the label does not say the whole county. */
export function wholeCountyName(label: string): string | null {
  return WHOLE.test(label) ? label.replace(WHOLE, '') : null;
}
