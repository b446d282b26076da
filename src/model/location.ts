/** Where a value stands in its source. Lines and columns are 1-based; page is 1-based (PDF only). */
export interface Box {
  /** PDF user-space coordinates of the page, origin bottom-left. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Location {
  file: string;
  line?: number;
  column?: number;
  /** Column just past the last character of the value, on the same line. */
  endColumn?: number;
  page?: number;
  box?: Box;
}
