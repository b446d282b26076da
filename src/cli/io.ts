/** Where a command writes: standard output, standard error, and whether colour is wanted. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  /** Where progress is drawn (standard error); it draws only when this is a terminal. */
  progress?: import('../run/progress.js').ProgressStream;
  /** Where `-` reads a document from (standard input when not given). */
  stdin?: AsyncIterable<Uint8Array | string>;
}
