/** The training corpus beside the repository (`../shared/ner/train/enp_FR.bnf.bio`). */
export declare const DATA: string
/** Hash bits, passes and seed: what the committed model was trained with. */
export declare const OPTIONS: { bits: number; epochs: number; seed: number }
/** The text of `src/entities/model.ts`, trained from the corpus at `data`. */
export declare function modelSource(data?: string): Promise<string>
