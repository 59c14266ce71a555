/** The text of `src/entities/given-names.ts`, from the installed gender-detection-from-name package. */
export declare function givenNamesSource(): string
