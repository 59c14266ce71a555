import type { GazetteerEntry } from './gazetteer.js'
import { ORGANIZATIONS as FRENCH_AND_INTERNATIONAL } from './organizations.js'

/** Countries’ usual short names in French news, and the label to prefer where the ISO name is the long form. */
export const COUNTRY_NAMES: Readonly<Record<string, { label?: string; aliases: readonly string[] }>> = {
  US: { label: 'États-Unis', aliases: ['États-Unis', 'Etats-Unis', 'USA'] },
  GB: { aliases: ['Grande-Bretagne'] },
  RU: { aliases: ['Fédération de Russie'] },
  CZ: { label: 'Tchéquie', aliases: ['Tchéquie', 'République tchèque'] },
  CD: { aliases: ['RDC', 'RD Congo', 'Congo-Kinshasa'] },
  CG: { label: 'Congo', aliases: ['Congo', 'Congo-Brazzaville'] },
  VA: { label: 'Vatican', aliases: ['Vatican', 'Saint-Siège'] },
  MM: { aliases: ['Birmanie'] },
  MK: { aliases: ['Macédoine'] },
  TZ: { label: 'Tanzanie', aliases: ['Tanzanie'] },
  SZ: { label: 'Eswatini', aliases: ['Eswatini'] },
  BN: { label: 'Brunei', aliases: ['Brunei'] },
  KR: { aliases: ['République de Corée'] },
  KP: { aliases: ['République populaire démocratique de Corée'] },
  AE: { aliases: ['Émirats'] },
  NL: { aliases: ['Hollande'] },
  DE: { aliases: ['RFA'] }
}

const place = (id: string, label: string, ...aliases: string[]): GazetteerEntry => ({ id: `place:${id}`, label, kind: 'place', aliases })
const organization = (id: string, label: string, ...aliases: string[]): GazetteerEntry => ({ id: `organization:${id}`, label, kind: 'organization', aliases })

/** Capitals and large cities, by their French names. */
const CITIES: GazetteerEntry[] = [
  ['paris', 'Paris'], ['londres', 'Londres'], ['berlin', 'Berlin'], ['rome', 'Rome'], ['madrid', 'Madrid'], ['lisbonne', 'Lisbonne'],
  ['bruxelles', 'Bruxelles'], ['amsterdam', 'Amsterdam'], ['la-haye', 'La Haye'], ['vienne', 'Vienne'], ['berne', 'Berne'], ['geneve', 'Genève'],
  ['zurich', 'Zurich'], ['varsovie', 'Varsovie'], ['prague', 'Prague'], ['budapest', 'Budapest'], ['bucarest', 'Bucarest'], ['sofia', 'Sofia'],
  ['athenes', 'Athènes'], ['ankara', 'Ankara'], ['istanbul', 'Istanbul'], ['moscou', 'Moscou'], ['saint-petersbourg', 'Saint-Pétersbourg'],
  ['kiev', 'Kiev', 'Kyiv'], ['minsk', 'Minsk'], ['tbilissi', 'Tbilissi', 'Tbilisi'], ['erevan', 'Erevan', 'Yerevan'], ['bakou', 'Bakou', 'Baku'],
  ['teheran', 'Téhéran'], ['bagdad', 'Bagdad'], ['damas', 'Damas'], ['beyrouth', 'Beyrouth'], ['jerusalem', 'Jérusalem'], ['tel-aviv', 'Tel-Aviv', 'Tel Aviv'],
  ['amman', 'Amman'], ['riyad', 'Riyad'], ['le-caire', 'Le Caire'], ['tunis', 'Tunis'], ['alger', 'Alger'], ['rabat', 'Rabat'], ['casablanca', 'Casablanca'],
  ['tripoli', 'Tripoli'], ['dakar', 'Dakar'], ['abidjan', 'Abidjan'], ['bamako', 'Bamako'], ['niamey', 'Niamey'], ['ouagadougou', 'Ouagadougou'],
  ['kinshasa', 'Kinshasa'], ['nairobi', 'Nairobi'], ['addis-abeba', 'Addis-Abeba'], ['pretoria', 'Pretoria'], ['johannesburg', 'Johannesburg'],
  ['washington', 'Washington'], ['new-york', 'New York'], ['ottawa', 'Ottawa'], ['montreal', 'Montréal'], ['mexico', 'Mexico'], ['brasilia', 'Brasilia'],
  ['buenos-aires', 'Buenos Aires'], ['santiago', 'Santiago'], ['lima', 'Lima'], ['bogota', 'Bogota'], ['caracas', 'Caracas'], ['la-havane', 'La Havane'],
  ['pekin', 'Pékin', 'Beijing'], ['shanghai', 'Shanghai'], ['hong-kong', 'Hong Kong'], ['tokyo', 'Tokyo'], ['seoul', 'Séoul'], ['pyongyang', 'Pyongyang'],
  ['new-delhi', 'New Delhi'], ['islamabad', 'Islamabad'], ['kaboul', 'Kaboul'], ['bangkok', 'Bangkok'], ['hanoi', 'Hanoï'], ['manille', 'Manille'],
  ['jakarta', 'Jakarta'], ['canberra', 'Canberra'], ['sydney', 'Sydney'], ['astana', 'Astana'], ['tachkent', 'Tachkent'], ['bichkek', 'Bichkek'],
  ['douchanbe', 'Douchanbé'], ['achgabat', 'Achgabat'], ['doha', 'Doha'], ['dubai', 'Dubaï'], ['abou-dhabi', 'Abou Dhabi'], ['oslo', 'Oslo'],
  ['stockholm', 'Stockholm'], ['helsinki', 'Helsinki'], ['copenhague', 'Copenhague'], ['dublin', 'Dublin'], ['vilnius', 'Vilnius'], ['riga', 'Riga'],
  ['tallinn', 'Tallinn'], ['chisinau', 'Chisinau'], ['belgrade', 'Belgrade'], ['zagreb', 'Zagreb'], ['ljubljana', 'Ljubljana'], ['sarajevo', 'Sarajevo'],
  ['skopje', 'Skopje'], ['tirana', 'Tirana'], ['pristina', 'Pristina'], ['nicosie', 'Nicosie'], ['strasbourg', 'Strasbourg'], ['lyon', 'Lyon'],
  ['marseille', 'Marseille'], ['bordeaux', 'Bordeaux'], ['lille', 'Lille'], ['toulouse', 'Toulouse'], ['nantes', 'Nantes'], ['nice', 'Nice'],
  ['rennes', 'Rennes'], ['munich', 'Munich'], ['francfort', 'Francfort'], ['milan', 'Milan'], ['barcelone', 'Barcelone'], ['odessa', 'Odessa'],
  ['kharkiv', 'Kharkiv', 'Kharkov'], ['gaza', 'Gaza'], ['alep', 'Alep'], ['mossoul', 'Mossoul'], ['sotchi', 'Sotchi'], ['davos', 'Davos']
].map(([id = '', label = '', ...aliases]) => place(id, label, ...aliases))

/** The South Caucasus: the region, its districts, towns and villages, with their other spellings. */
const REGION: GazetteerEntry[] = [
  place('haut-karabakh', 'Haut-Karabakh', 'Haut Karabakh', 'Haut-Karabagh', 'Nagorny Karabakh', 'Nagorny-Karabakh', 'Nagorno-Karabakh', 'Nagorno Karabakh', 'Karabakh', 'Karabagh', 'Artsakh', "République d'Artsakh", 'République du Haut-Karabakh', 'région occupée du Karabakh'),
  place('stepanakert', 'Stepanakert', 'Khankendi', 'Xankəndi'),
  place('chouchi', 'Chouchi', 'Choucha', 'Shusha', 'Shushi'),
  place('latchine', 'Latchine', 'Lachin', 'Latchin', 'Berdzor'),
  place('terter', 'Terter', 'Tartar'),
  place('talish', 'Talish', 'Talych', 'Talysh'),
  place('martakert', 'Martakert', 'Aghdara', 'Agdere'),
  place('hadrout', 'Hadrout', 'Hadrut', 'Khodjavend'),
  place('askeran', 'Askeran'),
  place('martouni', 'Martouni', 'Martuni'),
  place('kelbadjar', 'Kelbadjar', 'Kalbajar', 'Karvatchar'),
  place('agdam', 'Agdam', 'Aghdam'),
  place('fizouli', 'Fizouli', 'Fuzuli'),
  place('djebrail', 'Djebraïl', 'Jabrayil'),
  place('goubadli', 'Goubadli', 'Qubadli'),
  place('zanguilan', 'Zanguilan', 'Zangilan'),
  place('khodjaly', 'Khodjaly', 'Khojaly'),
  place('gandja', 'Gandja', 'Ganja'),
  place('barda', 'Barda'),
  place('goris', 'Goris'),
  place('kapan', 'Kapan'),
  place('syunik', 'Syunik', 'Siounik'),
  place('nakhitchevan', 'Nakhitchevan', 'Nakhchivan'),
  place('tavouch', 'Tavouch', 'Tavush'),
  place('caucase', 'Caucase', 'Caucase du Sud', 'Transcaucasie'),
  place('corridor-de-latchine', 'corridor de Latchine', 'corridor de Lachin')
]

/** Other regions news often names. */
const REGIONS: GazetteerEntry[] = [
  place('europe', 'Europe'), place('asie', 'Asie'), place('afrique', 'Afrique'), place('amerique-latine', 'Amérique latine'), place('moyen-orient', 'Moyen-Orient'),
  place('proche-orient', 'Proche-Orient'), place('balkans', 'Balkans'), place('sahel', 'Sahel'), place('crimee', 'Crimée'), place('donbass', 'Donbass', 'Donbas'),
  place('tchetchenie', 'Tchétchénie'), place('abkhazie', 'Abkhazie'), place('ossetie-du-sud', 'Ossétie du Sud'), place('kosovo', 'Kosovo'), place('cisjordanie', 'Cisjordanie'),
  place('kurdistan', 'Kurdistan'), place('bande-de-gaza', 'bande de Gaza'), place('ile-de-france', 'Île-de-France'), place('bretagne', 'Bretagne'), place('corse', 'Corse'),
  place('alsace', 'Alsace'), place('normandie', 'Normandie'), place('provence', 'Provence'), place('catalogne', 'Catalogne'), place('baviere', 'Bavière'), place('siberie', 'Sibérie'),
  place('quebec', 'Québec'), place('ontario', 'Ontario'), place('californie', 'Californie'), place('texas', 'Texas'), place('floride', 'Floride'),
  place('ecosse', 'Écosse'), place('pays-de-galles', 'pays de Galles'), place('flandre', 'Flandre'), place('wallonie', 'Wallonie'), place('sicile', 'Sicile'),
  place('lombardie', 'Lombardie'), place('andalousie', 'Andalousie'), place('xinjiang', 'Xinjiang'), place('tibet', 'Tibet'), place('cachemire', 'Cachemire'),
  place('mer-noire', 'mer Noire'), place('mer-caspienne', 'mer Caspienne', 'Caspienne'), place('mediterranee', 'Méditerranée')
]

/** International organisations and institutions. */
const ORGANIZATIONS: GazetteerEntry[] = [
  organization('onu', 'Organisation des Nations unies', 'ONU', 'Nations unies'),
  organization('conseil-de-securite-de-l-onu', 'Conseil de sécurité des Nations unies', "Conseil de sécurité de l'ONU", 'Conseil de sécurité'),
  organization('otan', 'OTAN', 'NATO', "Organisation du traité de l'Atlantique nord", 'Alliance atlantique'),
  organization('osce', 'OSCE', 'Organisation pour la sécurité et la coopération en Europe'),
  organization('groupe-de-minsk', 'Groupe de Minsk'),
  organization('union-europeenne', 'Union européenne', 'UE'),
  organization('union-africaine', 'Union africaine', 'UA'),
  organization('cedeao', 'Communauté économique des États de l’Afrique de l’Ouest', 'Cedeao', 'CEDEAO'),
  organization('ligue-arabe', 'Ligue arabe'),
  organization('pam', 'Programme alimentaire mondial', 'PAM'),
  organization('pnud', 'Programme des Nations unies pour le développement', 'PNUD'),
  organization('aiea', 'Agence internationale de l’énergie atomique', 'AIEA'),
  organization('hezbollah', 'Hezbollah'), organization('hamas', 'Hamas'), organization('etat-islamique', 'État islamique', 'EI', 'Daech'), organization('wagner', 'Wagner'),
  organization('commission-europeenne', 'Commission européenne'),
  organization('parlement-europeen', 'Parlement européen'),
  organization('conseil-de-l-europe', "Conseil de l'Europe"),
  organization('cour-internationale-de-justice', 'Cour internationale de justice', 'CIJ'),
  organization('cour-penale-internationale', 'Cour pénale internationale', 'CPI'),
  organization('cour-europeenne-des-droits-de-l-homme', "Cour européenne des droits de l'homme", 'CEDH'),
  organization('cicr', 'Comité international de la Croix-Rouge', 'CICR', 'Croix-Rouge'),
  organization('hcr', 'Haut-Commissariat des Nations unies pour les réfugiés', 'HCR', 'UNHCR'),
  organization('unesco', 'Unesco', 'UNESCO'),
  organization('unicef', 'Unicef', 'UNICEF'),
  organization('oms', 'Organisation mondiale de la santé', 'OMS'),
  organization('fmi', 'Fonds monétaire international', 'FMI'),
  organization('banque-mondiale', 'Banque mondiale'),
  organization('bce', 'Banque centrale européenne', 'BCE'),
  organization('omc', 'Organisation mondiale du commerce', 'OMC'),
  organization('g7', 'G7'), organization('g20', 'G20'),
  organization('amnesty-international', 'Amnesty International'),
  organization('human-rights-watch', 'Human Rights Watch'),
  organization('msf', 'Médecins sans frontières', 'MSF'),
  organization('reporters-sans-frontieres', 'Reporters sans frontières', 'RSF'),
  organization('assemblee-nationale', 'Assemblée nationale'),
  organization('senat', 'Sénat'),
  organization('bundestag', 'Bundestag'),
  organization('ocs', 'Organisation de coopération de Shanghai', 'OCS'),
  organization('otsc', 'Organisation du traité de sécurité collective', 'OTSC'),
  organization('cei', 'Communauté des États indépendants', 'CEI')
]

/** News agencies and media. */
const MEDIA: GazetteerEntry[] = [
  organization('afp', 'AFP', 'Agence France-Presse'), organization('reuters', 'Reuters'), organization('associated-press', 'Associated Press', 'AP'),
  organization('interfax', 'Interfax'), organization('sputnik', 'Sputnik'), organization('tass', 'TASS', 'Tass'), organization('ria-novosti', 'RIA Novosti'),
  organization('xinhua', 'Xinhua'), organization('kyodo', 'Kyodo'), organization('anadolu', 'Anadolu'), organization('bloomberg', 'Bloomberg'),
  organization('efe', 'EFE'), organization('ansa', 'ANSA'), organization('dpa', 'DPA'), organization('belga', 'Belga'), organization('ats', 'ATS'),
  organization('armenpress', 'Armenpress'), organization('apa', 'APA'), organization('bbc', 'BBC'), organization('cnn', 'CNN'),
  organization('al-jazeera', 'Al Jazeera', 'Al-Jazeera'), organization('euronews', 'Euronews'), organization('france-24', 'France 24'),
  organization('rfi', 'RFI', 'Radio France internationale'), organization('le-monde', 'Le Monde'), organization('le-figaro', 'Le Figaro'),
  organization('liberation', 'Libération'), organization('ouest-france', 'Ouest-France'), organization('new-york-times', 'New York Times'),
  organization('kommersant', 'Kommersant')
]

/** Platforms. `X` alone is too common a letter: it is found only after `sur` or `réseau social` (see the recognizer). */
const PLATFORMS: GazetteerEntry[] = [
  organization('facebook', 'Facebook'), organization('twitter', 'Twitter'), organization('telegram', 'Telegram'), organization('youtube', 'YouTube'),
  organization('instagram', 'Instagram'), organization('tiktok', 'TikTok'), organization('whatsapp', 'WhatsApp'), organization('linkedin', 'LinkedIn'),
  organization('meta', 'Meta'), organization('google', 'Google')
]

/** Seats of power, places whatever they stand for (`le Kremlin a démenti`). */
const SEATS: GazetteerEntry[] = [
  place('kremlin', 'Kremlin'), place('maison-blanche', 'Maison Blanche', 'Maison-Blanche'), place('elysee', 'Élysée', 'Elysée', 'palais de l’Élysée'),
  place('matignon', 'Matignon', 'hôtel de Matignon'), place('quai-d-orsay', 'Quai d’Orsay', 'quai d’Orsay'), place('palais-bourbon', 'Palais-Bourbon', 'Palais Bourbon'),
  place('pentagone', 'Pentagone')
]

/** Every built-in entry but the countries. */
export const ENTRIES: readonly GazetteerEntry[] = [...REGION, ...CITIES, ...REGIONS, ...SEATS, ...ORGANIZATIONS, ...MEDIA, ...PLATFORMS, ...FRENCH_AND_INTERNATIONAL]

/** The id of the platform `X`, found by context rather than by name. */
export const PLATFORM_X: GazetteerEntry = organization('x', 'X', 'X (Twitter)')
