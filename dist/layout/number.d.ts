/** Numbers as prettier prints them, shared by the code layouts and the JSON printer. */
/** An unsigned number literal's text as prettier prints it (`1e+21` → `1e21`). */
export declare function numberLiteral(text: string): string;
/** A JSON number as prettier's json printer prints it (`1e+21` → `1e21`). */
export declare function jsonNumber(value: number): string;
