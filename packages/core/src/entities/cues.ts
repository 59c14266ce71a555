/**
 * The words entity recognition reads as cues, folded (lower case, no
 * diacritics). Lists of French words, not of names: names are found by their
 * place in the sentence.
 */
const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter((word) => word !== ''))

/** Roles and occupations news puts before or after a person’s name (`le ministre … X Y`, `X Y, banquier`). */
export const ROLES = words(`
  president presidente vice-president vice-presidente ministre vice-ministre premier premiere porte-parole chef cheffe dirigeant dirigeante
  depute deputee senateur senatrice ambassadeur ambassadrice general generale colonel commandant commandante maire gouverneur gouverneure
  secretaire secretaire-general directeur directrice directeur-general chancelier chanceliere roi reine prince princesse pape juge procureur procureure
  avocat avocate journaliste militant militante opposant opposante leader negociateur negociatrice representant representante envoye envoyee
  mediateur mediatrice conseiller conseillere patron patronne fondateur fondatrice milliardaire banquier banquiere ecrivain ecrivaine photographe
  chercheur chercheuse analyste expert experte professeur professeure historien historienne politologue medecin responsable defenseur defenseure
  emir cheikh candidat candidate elu elue adjoint adjointe activiste attache attachee soldat officier lieutenant capitaine sergent homologue
  predecesseur successeur epouse veuve pdg coordinateur coordinatrice delegue deleguee commissaire cardinal eveque imam rabbin pretre patriarche
  archeveque entraineur joueur joueuse artiste acteur actrice chanteur chanteuse realisateur realisatrice auteur autrice poete philosophe
  economiste sociologue juriste diplomate rapporteur rapporteure administrateur gerant haut-commissaire ex-president ex-ministre
  eurodepute eurodeputee syndicaliste entrepreneur entrepreneuse economiste ingenieur ingenieure commissaire-priseur
`)

/** Titles written before a name (`M.`, `Mme`). */
export const TITLES = words('m mme mlle mgr dr pr')

/** Verbs of saying, as past participles (`a déclaré X Y`, `X Y a affirmé`). */
export const SAID = words(`
  declare affirme indique annonce ajoute precise souligne estime explique assure ecrit averti repondu confirme denonce accuse dit demande
  appele rappele insiste reconnu promis martele juge qualifie raconte temoigne deplore regrette salue condamne rapporte note observe admis
  lance conclu poursuivi tweete publie signale informe prevenu jure nie dementi commente reagi propose plaide exhorte exige menace confie
  annonce revele assure
`)

/** Verbs of saying in the present (`déclare X Y`, `X Y estime`). */
export const SAYS = words(`
  declare affirme indique explique estime assure dit ajoute souligne precise rappelle raconte confie temoigne note observe juge insiste deplore
  regrette reconnait avertit repond denonce accuse previent annonce ecrit martele
`)

/** Auxiliaries and adverbs between a name and its verb of saying (`X Y a également déclaré`). */
export const AUXILIARIES = words('a ont avait avaient aurait')
export const ADVERBS = words('egalement aussi encore notamment ainsi alors deja ensuite enfin pourtant toutefois meme')

/** Words that introduce whose words these are (`selon X Y`, `d’après X Y`). */
export const ACCORDING = words('selon')

/** Particles inside a name (`Charles de Gaulle`, `Ursula von der Leyen`). */
export const PARTICLES = words("de du des d' do das von van der den ter al el ben bin ibn da dos di del della la le")

/**
 * Capitalised words that do not begin a person’s name: words capitalised at
 * a sentence’s start, titles and roles, months and days, and the nouns of
 * ministries and institutions (`le ministre des Armées X Y`).
 */
export const NOT_NAME = words(`
  le la les l' un une des du de d' ce cet cette ces dans pour par sur sous avec sans selon apres avant depuis pendant lors mais et ou donc or ni car
  il elle ils elles on nous vous je tu son sa ses leur leurs notre nos votre vos mon ma mes au aux en a y si quand comme alors ainsi cependant
  toutefois pourtant enfin puis ensuite aussi deja encore tout tous toute toutes aucun aucune chaque plusieurs certains certaines quelques qui que
  quoi dont quel quelle quels quelles c' qu' s' n' j' m' t' celui celle ceux cela ceci ca ici hier aujourd'hui demain oui non monsieur madame
  m mme mlle mgr dr pr me messieurs mesdames plus moins tres trop peu face source lire voir
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche
  armees affaires defense interieur justice sante economie finances culture education travail agriculture environnement transports logement sports
  outre-mer industrie energie numerique budget comptes solidarites famille jeunesse recherche enseignement anciens combattants transition ecologie
  commerce tourisme relations cohesion territoires ville mer fonction publique collectivites securite diplomatie communication information presse
  etrangeres exterieur etat gouvernement republique nations unies parlement senat assemblee conseil cour tribunal ministere union groupe comite
  commission agence organisation fonds banque parti front alliance mouvement federation office institut universite ligue fondation service
  nord sud est ouest centre dieu eglise occident orient declaration accord accords traite resolution constitution operation guerre
`)

/** Nouns that head an institution’s name (`Conseil de sécurité …`, `Cour internationale de justice`, `ministère … de la Défense`). */
export const ORGANIZATION_HEADS = words(`
  conseil cour groupe comite commission assemblee parlement agence organisation union fonds banque tribunal parti front alliance mouvement
  federation office institut universite ligue fondation ministere haut-commissariat gouvernement forces armee garde service direction
  secretariat observatoire association syndicat confederation chambre
`)

/** Words that join the words of an institution’s name. */
export const CONNECTORS = words("de du des d' la l' le les pour sur en")
/** Articles, which join only after `de` (`de la`, `de l’`). */
export const ARTICLES = words("la l' le les")

/** Lower-case words that end an institution’s name: verbs, pronouns, conjunctions. */
export const ENDS_NAME = words(`
  a ont est sont etait avait avaient sera serait fut doit peut va vont fait font qui que qu' dont ou mais ni car donc or se s' ne n' il elle ils elles
  on y avec par dans sans selon apres avant depuis pendant lors contre vers chez entre au aux ce cette ces son sa ses leur leurs un une
`)

/** Acronyms in capitals that name no organisation. */
export const NOT_ACRONYM = words(`
  pib tva sms pdf km kg co2 covid ok tv usd eur mw gw kw sa sarl
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche
`)

/** Words that tell a place (`à X`, `près de X`, `la ville de X`, `au nord de X`). */
export const PLACE_NOUNS = words(`
  ville village localite commune region province district bourg capitale quartier hameau cite departement canton oblast republique etat
  peninsule prefecture vallee fleuve riviere ile lac mont massif golfe detroit cote cotes plaine desert archipel habitants maire environs
`)
/** Natural features and places named right after their noun (`le fleuve Litani`, `le lac Léman`). */
export const FEATURES = words('fleuve riviere mont lac ile golfe detroit desert canal')
export const PLACE_DIRECTIONS = words('nord sud est ouest nord-est nord-ouest sud-est sud-ouest pres km kilometres environs large')
