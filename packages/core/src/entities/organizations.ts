import type { GazetteerEntry } from './gazetteer.js'

/**
 * French and international organisations that French news names most, by
 * whole categories rather than one by one: the parties and groups of the
 * French Parliament, the representative unions and employers' bodies, the
 * CAC 40 and the large state-owned companies, the leading retail chains, the
 * technology companies with the largest market value, the national and
 * leading regional media, the public bodies and agencies of the State, the
 * largest charities, the clubs of the top divisions of football and rugby and
 * their federations, and international bodies. Names that are also common
 * words, first names or places where they stand (`Orange`, `Total`, `Action`,
 * `Cora`, `Marianne`) are left out: a name of this list is an organisation
 * wherever it is written with its capitals.
 */
const organization = (id: string, label: string, ...aliases: string[]): GazetteerEntry => ({ id: `organization:${id}`, label, kind: 'organization', aliases })

const PARTIES: GazetteerEntry[] = [
  organization('renaissance', 'Renaissance', 'La République en marche', 'LREM', 'LaREM', 'En marche'),
  organization('les-republicains', 'Les Républicains', 'LR'),
  organization('rassemblement-national', 'Rassemblement national', 'Rassemblement National', 'RN', 'Front national', 'FN'),
  organization('la-france-insoumise', 'La France insoumise', 'LFI'),
  organization('parti-socialiste', 'Parti socialiste', 'PS'),
  organization('modem', 'MoDem', 'Mouvement démocrate', 'Modem'),
  organization('horizons', 'Horizons'),
  organization('les-ecologistes', 'Les Écologistes', 'Europe Écologie Les Verts', 'EELV'),
  organization('parti-communiste-francais', 'Parti communiste français', 'PCF'),
  organization('udi', 'Union des démocrates et indépendants', 'UDI'),
  organization('reconquete', 'Reconquête'),
  organization('debout-la-france', 'Debout la France'),
  organization('place-publique', 'Place publique'),
  organization('lutte-ouvriere', 'Lutte ouvrière'),
  organization('npa', 'Nouveau Parti anticapitaliste', 'NPA'),
  organization('nouveau-front-populaire', 'Nouveau Front populaire', 'NFP'),
  organization('nupes', 'Nupes', 'NUPES'),
  organization('union-centriste', 'Union centriste'),
  organization('liot', 'Libertés, indépendants, outre-mer et territoires', 'LIOT'),
  organization('parti-radical', 'Parti radical')
]

const UNIONS: GazetteerEntry[] = [
  organization('cgt', 'CGT', 'Confédération générale du travail'),
  organization('cfdt', 'CFDT', 'Confédération française démocratique du travail'),
  organization('force-ouvriere', 'Force ouvrière', 'FO'),
  organization('cfe-cgc', 'CFE-CGC'),
  organization('cftc', 'CFTC'),
  organization('unsa', 'Unsa', 'UNSA'),
  organization('solidaires', 'Solidaires', 'Union syndicale Solidaires'),
  organization('fsu', 'FSU'),
  organization('medef', 'Medef', 'MEDEF'),
  organization('cpme', 'CPME'),
  organization('u2p', 'U2P'),
  organization('fnsea', 'FNSEA'),
  organization('jeunes-agriculteurs', 'Jeunes agriculteurs'),
  organization('confederation-paysanne', 'Confédération paysanne'),
  organization('coordination-rurale', 'Coordination rurale')
]

const COMPANIES: GazetteerEntry[] = [
  // The CAC 40.
  organization('accor', 'Accor'), organization('air-liquide', 'Air Liquide'), organization('airbus', 'Airbus'), organization('arcelormittal', 'ArcelorMittal'),
  organization('axa', 'Axa', 'AXA'), organization('bnp-paribas', 'BNP Paribas', 'BNP'), organization('bouygues', 'Bouygues'), organization('bureau-veritas', 'Bureau Veritas'),
  organization('capgemini', 'Capgemini'), organization('carrefour', 'Carrefour'), organization('credit-agricole', 'Crédit agricole', 'Crédit Agricole'),
  organization('danone', 'Danone'), organization('dassault-systemes', 'Dassault Systèmes'), organization('edenred', 'Edenred'), organization('engie', 'Engie'),
  organization('essilorluxottica', 'EssilorLuxottica'), organization('eurofins', 'Eurofins Scientific', 'Eurofins'), organization('hermes', 'Hermès'),
  organization('kering', 'Kering'), organization('l-oreal', 'L’Oréal'), organization('lvmh', 'LVMH'), organization('michelin', 'Michelin'),
  organization('pernod-ricard', 'Pernod Ricard'), organization('publicis', 'Publicis'), organization('renault', 'Renault'), organization('safran', 'Safran'),
  organization('saint-gobain', 'Saint-Gobain'), organization('sanofi', 'Sanofi'), organization('schneider-electric', 'Schneider Electric'),
  organization('societe-generale', 'Société générale', 'Société Générale'), organization('stellantis', 'Stellantis'), organization('stmicroelectronics', 'STMicroelectronics'),
  organization('teleperformance', 'Teleperformance'), organization('thales', 'Thales'), organization('totalenergies', 'TotalEnergies'),
  organization('unibail-rodamco-westfield', 'Unibail-Rodamco-Westfield'), organization('veolia', 'Veolia'), organization('vivendi', 'Vivendi'),
  // Companies the State owns or holds.
  organization('sncf', 'SNCF'), organization('sncf-reseau', 'SNCF Réseau'), organization('ratp', 'RATP'), organization('edf', 'EDF', 'Électricité de France'),
  organization('la-poste', 'La Poste'), organization('air-france', 'Air France'), organization('naval-group', 'Naval Group'), organization('orano', 'Orano'),
  organization('framatome', 'Framatome'), organization('enedis', 'Enedis'), organization('grdf', 'GRDF'), organization('bpifrance', 'Bpifrance'),
  organization('caisse-des-depots', 'Caisse des dépôts'), organization('fdj', 'Française des jeux', 'FDJ'), organization('arianespace', 'Arianespace'),
  organization('dassault-aviation', 'Dassault Aviation'), organization('alstom', 'Alstom'), organization('peugeot', 'Peugeot'), organization('citroen', 'Citroën'),
  // Retail chains.
  organization('leclerc', 'E.Leclerc', 'Leclerc'), organization('intermarche', 'Intermarché'), organization('systeme-u', 'Système U', 'Super U', 'Hyper U'),
  organization('auchan', 'Auchan'), organization('lidl', 'Lidl'), organization('casino', 'Casino'), organization('aldi', 'Aldi'), organization('monoprix', 'Monoprix'),
  organization('franprix', 'Franprix'), organization('grand-frais', 'Grand Frais'), organization('biocoop', 'Biocoop'), organization('fnac', 'Fnac'),
  organization('darty', 'Darty'), organization('decathlon', 'Decathlon'), organization('ikea', 'Ikea', 'IKEA'), organization('leroy-merlin', 'Leroy Merlin'),
  organization('castorama', 'Castorama'),
  // Technology companies.
  organization('apple', 'Apple'), organization('microsoft', 'Microsoft'), organization('amazon', 'Amazon'), organization('alphabet', 'Alphabet'),
  organization('nvidia', 'Nvidia'), organization('tesla', 'Tesla'), organization('spacex', 'SpaceX'), organization('netflix', 'Netflix'),
  organization('spotify', 'Spotify'), organization('samsung', 'Samsung'), organization('huawei', 'Huawei'), organization('intel', 'Intel'),
  organization('ibm', 'IBM'), organization('uber', 'Uber'), organization('airbnb', 'Airbnb'), organization('openai', 'OpenAI'),
  organization('anthropic', 'Anthropic'), organization('mistral-ai', 'Mistral AI'), organization('boeing', 'Boeing'), organization('toyota', 'Toyota'),
  organization('volkswagen', 'Volkswagen')
]

const MEDIA: GazetteerEntry[] = [
  organization('france-televisions', 'France Télévisions'), organization('france-2', 'France 2'), organization('france-3', 'France 3'),
  organization('france-5', 'France 5'), organization('radio-france', 'Radio France'), organization('france-inter', 'France Inter'),
  organization('franceinfo', 'Franceinfo', 'France Info'), organization('france-culture', 'France Culture'), organization('france-bleu', 'France Bleu'),
  organization('mouv', 'Mouv’'), organization('fip', 'FIP'), organization('arte', 'Arte'), organization('tv5monde', 'TV5Monde'), organization('tf1', 'TF1'),
  organization('m6', 'M6'), organization('bfmtv', 'BFMTV', 'BFM TV'), organization('lci', 'LCI'), organization('cnews', 'CNews'), organization('rtl', 'RTL'),
  organization('europe-1', 'Europe 1'), organization('rmc', 'RMC'), organization('nrj', 'NRJ'), organization('les-echos', 'Les Échos', 'Les Echos'),
  organization('le-parisien', 'Le Parisien'), organization('l-equipe', 'L’Équipe', 'L’Equipe'), organization('la-croix', 'La Croix'),
  organization('l-humanite', 'L’Humanité'), organization('mediapart', 'Mediapart'), organization('le-point', 'Le Point'), organization('l-express', 'L’Express'),
  organization('l-obs', 'L’Obs'), organization('le-canard-enchaine', 'Le Canard enchaîné'), organization('paris-match', 'Paris Match'),
  organization('le-journal-du-dimanche', 'Le Journal du dimanche', 'JDD'), organization('sud-ouest', 'Sud Ouest'), organization('la-voix-du-nord', 'La Voix du Nord'),
  organization('le-progres', 'Le Progrès'), organization('le-dauphine-libere', 'Le Dauphiné libéré'), organization('la-depeche-du-midi', 'La Dépêche du Midi', 'La Dépêche'),
  organization('nice-matin', 'Nice-Matin'), organization('le-telegramme', 'Le Télégramme'), organization('la-montagne', 'La Montagne'),
  organization('l-est-republicain', 'L’Est républicain'), organization('dna', 'Dernières Nouvelles d’Alsace', 'DNA'), organization('midi-libre', 'Midi libre'),
  organization('la-provence', 'La Provence'), organization('le-republicain-lorrain', 'Le Républicain lorrain'), organization('la-nouvelle-republique', 'La Nouvelle République'),
  organization('le-courrier-picard', 'Le Courrier picard'), organization('paris-normandie', 'Paris-Normandie')
]

const PUBLIC_BODIES: GazetteerEntry[] = [
  organization('conseil-constitutionnel', 'Conseil constitutionnel'), organization('conseil-d-etat', 'Conseil d’État', 'Conseil d’Etat'),
  organization('cour-des-comptes', 'Cour des comptes'), organization('cour-de-cassation', 'Cour de cassation'), organization('banque-de-france', 'Banque de France'),
  organization('insee', 'Insee', 'INSEE'), organization('meteo-france', 'Météo-France'), organization('cnrs', 'CNRS'), organization('inserm', 'Inserm'),
  organization('inrae', 'Inrae', 'INRAE'), organization('cea', 'CEA'), organization('cnes', 'Cnes', 'CNES'), organization('ademe', 'Ademe'), organization('anses', 'Anses'),
  organization('has', 'Haute Autorité de santé'), organization('sante-publique-france', 'Santé publique France'), organization('arcom', 'Arcom'),
  organization('cnil', 'Cnil', 'CNIL'), organization('autorite-de-la-concurrence', 'Autorité de la concurrence'), organization('amf', 'Autorité des marchés financiers', 'AMF'),
  organization('france-travail', 'France Travail'), organization('pole-emploi', 'Pôle emploi'), organization('assurance-maladie', 'Assurance maladie'),
  organization('securite-sociale', 'Sécurité sociale'), organization('unedic', 'Unédic'), organization('gendarmerie-nationale', 'Gendarmerie nationale'),
  organization('police-nationale', 'Police nationale'), organization('ofpra', 'Ofpra'), organization('ofii', 'Ofii'), organization('dgsi', 'DGSI'), organization('dgse', 'DGSE'),
  organization('parquet-national-financier', 'Parquet national financier', 'PNF'), organization('defenseur-des-droits', 'Défenseur des droits'),
  organization('sciences-po', 'Sciences Po'), organization('ecole-polytechnique', 'École polytechnique'), organization('hec', 'HEC'),
  organization('ecole-normale-superieure', 'École normale supérieure'), organization('ena', 'ENA'), organization('cnam', 'Cnam')
]

const CHARITIES: GazetteerEntry[] = [
  organization('secours-populaire', 'Secours populaire'), organization('secours-catholique', 'Secours catholique'),
  organization('restos-du-coeur', 'Restos du cœur', 'Restos du Cœur', 'Restaurants du cœur'), organization('emmaus', 'Emmaüs'),
  organization('croix-rouge-francaise', 'Croix-Rouge française'), organization('fondation-abbe-pierre', 'Fondation Abbé-Pierre'),
  organization('fondation-de-france', 'Fondation de France'), organization('medecins-du-monde', 'Médecins du monde'),
  organization('action-contre-la-faim', 'Action contre la faim'), organization('ligue-des-droits-de-l-homme', 'Ligue des droits de l’homme', 'LDH'),
  organization('greenpeace', 'Greenpeace'), organization('wwf', 'WWF'), organization('oxfam', 'Oxfam'), organization('attac', 'Attac')
]

const SPORT: GazetteerEntry[] = [
  organization('psg', 'Paris Saint-Germain', 'PSG'), organization('olympique-de-marseille', 'Olympique de Marseille', 'OM'),
  organization('olympique-lyonnais', 'Olympique lyonnais', 'OL'), organization('as-monaco', 'AS Monaco'), organization('losc', 'LOSC'),
  organization('rc-lens', 'RC Lens'), organization('ogc-nice', 'OGC Nice'), organization('stade-rennais', 'Stade rennais'), organization('fc-nantes', 'FC Nantes'),
  organization('stade-brestois', 'Stade brestois'), organization('as-saint-etienne', 'AS Saint-Étienne', 'ASSE'), organization('girondins-de-bordeaux', 'Girondins de Bordeaux'),
  organization('stade-toulousain', 'Stade toulousain'), organization('stade-francais', 'Stade français'), organization('rc-toulon', 'RC Toulon', 'RCT'),
  organization('asm-clermont', 'ASM Clermont Auvergne', 'ASM'), organization('stade-rochelais', 'Stade rochelais'), organization('union-bordeaux-begles', 'Union Bordeaux-Bègles', 'UBB'),
  organization('racing-92', 'Racing 92'), organization('castres-olympique', 'Castres olympique'), organization('section-paloise', 'Section paloise'),
  organization('fff', 'Fédération française de football', 'FFF'), organization('ffr', 'Fédération française de rugby', 'FFR'), organization('lfp', 'Ligue de football professionnel', 'LFP'),
  organization('uefa', 'UEFA', 'Uefa'), organization('fifa', 'FIFA', 'Fifa'), organization('cio', 'Comité international olympique', 'CIO')
]

const INTERNATIONAL: GazetteerEntry[] = [
  organization('ocde', 'OCDE', 'Organisation de coopération et de développement économiques'), organization('europol', 'Europol'), organization('interpol', 'Interpol'),
  organization('frontex', 'Frontex'), organization('opep', 'Opep', 'OPEP'), organization('mercosur', 'Mercosur'), organization('asean', 'Asean', 'ASEAN'),
  organization('bei', 'Banque européenne d’investissement', 'BEI'), organization('cjue', 'Cour de justice de l’Union européenne', 'CJUE'),
  organization('conseil-europeen', 'Conseil européen'), organization('eurostat', 'Eurostat'), organization('esa', 'Agence spatiale européenne', 'ESA'),
  organization('oit', 'Organisation internationale du travail', 'OIT'), organization('fao', 'FAO'), organization('unrwa', 'UNRWA', 'Unrwa'),
  organization('giec', 'Giec', 'GIEC'), organization('aie', 'Agence internationale de l’énergie', 'AIE'), organization('nasa', 'NASA', 'Nasa')
]

export const ORGANIZATIONS: readonly GazetteerEntry[] = [...PARTIES, ...UNIONS, ...COMPANIES, ...MEDIA, ...PUBLIC_BODIES, ...CHARITIES, ...SPORT, ...INTERNATIONAL]
