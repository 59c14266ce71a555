/**
 * A long French article written for the tests, made of paragraphs full of
 * quotations, dates and names: the shape of a real news file, at any size.
 */
const PARAGRAPHS = [
  'Le maire de Lyon, Jean Dupont, a déclaré le 12 mars 2024 : « Le pont rouvrira avant l’été. » Les riverains attendent depuis des mois.',
  'Selon la préfecture, « les travaux avancent », et « la circulation reprendra dans les deux sens ». Marie Lefèvre, conseillère municipale, reste prudente.',
  '« Nous avons tenu nos engagements », affirme le président de la région, qui promet « une inauguration en mai ». Le chantier a coûté plus que prévu.',
  'Les commerçants de la rue Victor-Hugo se disent soulagés : « Enfin ! », lance une boulangère. Un autre ajoute : « Nous avons perdu la moitié de nos clients. »'
]

/** Paragraphs of the article, separated by a blank line, until the text holds at least `length` characters. */
export function frenchArticle(length: number): string {
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < length; index++) {
    const paragraph = PARAGRAPHS[index % PARAGRAPHS.length] ?? ''
    parts.push(paragraph)
    size += paragraph.length + 2
  }
  return `${parts.join('\n\n')}\n`
}
