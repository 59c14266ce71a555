/** The text of `src/entities/countries.ts`, from the installed i18n-iso-countries package. */
export declare function countriesSource(): string
