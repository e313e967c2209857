// The `edtf` package ships no type declarations; these cover the part citeline uses.
declare module "edtf" {
  interface ExtDate {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
  }
  /** Parse EDTF text (or a parse tree) into a date object with UTC bounds. Throws on bad input. */
  export default function edtf(input: string | object): ExtDate;
  /** Parse EDTF text into a plain parse tree. Throws on bad input. */
  export function parse(input: string): unknown;
}
