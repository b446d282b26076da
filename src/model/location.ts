/** Where a value stands in its source. Lines and columns are 1-based; page is 1-based (PDF only). */
export interface Box {
  /** Points from the top-left corner of the page (PDF user space turned once, in layout): y is the distance down to the box's top edge. */
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
