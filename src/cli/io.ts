/** Where a command writes: standard output, standard error, and whether colour is wanted. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
}
