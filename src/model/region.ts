/** One of the 21 regions, by its two-digit county code. */
export interface Region {
  code: string;
  name: string;
}

/** How a label was recognised as a region. */
export interface RegionMatch {
  code: string;
  name: string;
  /** The label as written. */
  variant: string;
  /** 0 for a known name or variant; the edit distance for a resolved misspelling. */
  distance: number;
}
