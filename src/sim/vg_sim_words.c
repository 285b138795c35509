/*
 * vg_sim_words.c - the simulator's cast, places, outlets and templates.
 *
 * Plain data; the grammar is described in vg_sim_words.h.  English running
 * text is kept to ASCII on purpose (byte offsets of reused passages then
 * equal character offsets); French text is UTF-8.  Changing any entry
 * changes every generated corpus, so the simulator's golden hashes in the
 * tests must be refreshed with it.
 */
#include "vg_sim_words.h"

#include <stddef.h>

#define VG_LIST(a) {a, (uint32_t)(sizeof a / sizeof a[0])}
#define VG_COUNT(a) ((uint32_t)(sizeof a / sizeof a[0]))

const vg_sim_candidate vg_sim_candidates[] = {
    {"Claire", "Dumont", "Renewal Alliance", "l'Alliance du renouveau", "Dumont2017", 1},
    {"Henri", "Vasseur", "National Front Line", "le Front national populaire", "Vasseur2017", 0},
    {"Bertrand", "Lacombe", "the Republican Union", "l'Union republicaine", "Lacombe2017", 0},
    {"Sophie", "Marchetti", "the Socialist Movement", "le Mouvement socialiste", "Marchetti2017", 1},
    {"Jean-Luc", "Ferrandi", "France Standing", "la France debout", "Ferrandi2017", 0},
    {"Nadia", "Belkacem", "the Green Left", "la Gauche verte", "Belkacem2017", 1},
    {"Olivier", "Castagne", "Sovereign France", "la France souveraine", "Castagne2017", 0},
    {"Lucie", "Arnaud", "the Workers' Struggle", "la Lutte ouvriere", "Arnaud2017", 1},
    {"Marc", "Delorme", "the Centre Democrats", "les Democrates du centre", "Delorme2017", 0},
    {"Yannick", "Perrin", "the Rural Party", "le Parti rural", "Perrin2017", 0},
    {"Agnes", "Royer", "the Citizens' Movement", "le Mouvement citoyen", "Royer2017", 1},
};
const uint32_t vg_sim_ncandidates = VG_COUNT(vg_sim_candidates);

const vg_sim_person vg_sim_ministers[] = {
    {"Interior Minister", "le ministre de l'Interieur", "Paul", "Girard"},
    {"Foreign Minister", "le ministre des Affaires etrangeres", "Jean-Marc", "Aubertin"},
    {"Defence Minister", "le ministre de la Defense", "Gilles", "Le Bihan"},
    {"Economy Minister", "la ministre de l'Economie", "Isabelle", "Fournier"},
    {"Justice Minister", "le ministre de la Justice", "Thierry", "Mercadier"},
    {"Prime Minister", "le Premier ministre", "Bernard", "Cazeneuve-Roux"},
    {"Labour Minister", "la ministre du Travail", "Myriam", "Khelifi"},
    {"Budget Minister", "le ministre du Budget", "Christian", "Eckert-Vial"},
    {"European Affairs Minister", "la secretaire d'Etat aux Affaires europeennes", "Helene", "Desir"},
    {"Digital Affairs Minister", "le secretaire d'Etat au Numerique", "Axel", "Lemaire-Blanc"},
    {"Education Minister", "la ministre de l'Education", "Najat", "Vallon"},
    {"Health Minister", "la ministre de la Sante", "Marisol", "Tourain"},
};
const uint32_t vg_sim_nministers = VG_COUNT(vg_sim_ministers);

const vg_sim_person vg_sim_officials[] = {
    {"government spokesman", "le porte-parole du gouvernement", "Stephane", "Le Floch"},
    {"campaign secretary-general", "le secretaire general de la campagne", "Richard", "Ferrandez"},
    {"campaign spokeswoman", "la porte-parole de la campagne", "Laurence", "Haim-Dubois"},
    {"Kremlin spokesman", "le porte-parole du Kremlin", "Dmitry", "Peskovich"},
    {"EU Security Commissioner", "le commissaire europeen a la securite", "Julian", "Kingsley"},
    {"electoral commission chairman", "le president de la commission electorale", "Jean-Louis", "Nadal"},
    {"police prefect", "le prefet de police", "Michel", "Delpuech"},
    {"party treasurer", "le tresorier du parti", "Cedric", "Vautrin"},
    {"digital director of the campaign", "le directeur numerique de la campagne", "Mounir", "Mahjoubi-Sarr"},
    {"constitutional council president", "le president du Conseil constitutionnel", "Laurent", "Fabrion"},
    {"senior intelligence official", "un haut responsable du renseignement", "Patrick", "Calvar"},
    {"Russian ambassador", "l'ambassadeur de Russie", "Alexander", "Orlov"},
};
const uint32_t vg_sim_nofficials = VG_COUNT(vg_sim_officials);

const vg_sim_agency vg_sim_agencies[] = {
    {"the National Cybersecurity Agency", "ANCS", "l'Agence nationale de cybersecurite"},
    {"the Electoral Oversight Commission", "CNCE", "la Commission de controle electorale"},
    {"the Constitutional Council", "CC", "le Conseil constitutionnel"},
    {"the Paris prosecutor's office", "PPO", "le parquet de Paris"},
    {"the domestic intelligence service", "DGSI", "le renseignement interieur"},
    {"the Broadcasting Council", "CSA", "le Conseil de l'audiovisuel"},
    {"the National Statistics Institute", "INSEE", "l'Institut national de la statistique"},
    {"the Data Protection Authority", "CNIL", "l'Autorite de protection des donnees"},
    {"the anti-fraud office", "OCLCIFF", "l'office anti-fraude"},
    {"the Defence and Security Secretariat", "SGDSN", "le Secretariat de la defense et de la securite"},
};
const uint32_t vg_sim_nagencies = VG_COUNT(vg_sim_agencies);

const vg_sim_country vg_sim_countries[] = {
    {"Russia", "Moscow", "la Russie"},
    {"the United States", "Washington", "les Etats-Unis"},
    {"Germany", "Berlin", "l'Allemagne"},
    {"China", "Beijing", "la Chine"},
    {"the United Kingdom", "London", "le Royaume-Uni"},
    {"Ukraine", "Kiev", "l'Ukraine"},
    {"Turkey", "Ankara", "la Turquie"},
    {"the Netherlands", "The Hague", "les Pays-Bas"},
    {"Italy", "Rome", "l'Italie"},
    {"Belgium", "Brussels", "la Belgique"},
};
const uint32_t vg_sim_ncountries = VG_COUNT(vg_sim_countries);

/*
 * Outlets, in the order they are taken: the first eight cover every kind,
 * so the default run has a wire, a state-affiliated outlet, content farms
 * and a French outlet.
 */
const vg_sim_outlet vg_sim_outlets[] = {
    {"capitalledger-example.com", "The Capital Ledger", NULL, NULL, "en", VG_SIM_MAINSTREAM},
    {"eurowire-example.com", "Euro Wire Agency", "EWA", NULL, "en", VG_SIM_WIRE},
    {"vostoknews-example.ru", "Vostok News", "Vostok", "MOSCOW", "en", VG_SIM_STATE},
    {"dailytruthreport-example.net", "Daily Truth Report", NULL, NULL, "en", VG_SIM_FARM},
    {"lejournalnational-example.fr", "Le Journal national", NULL, NULL, "fr", VG_SIM_MAINSTREAM},
    {"morningherald-example.co.uk", "The Morning Herald", NULL, NULL, "en", VG_SIM_MAINSTREAM},
    {"patriotnewsdesk-example.com", "Patriot News Desk", NULL, NULL, "en", VG_SIM_FARM},
    {"globalcurrent-example.com", "Global Current", NULL, NULL, "en", VG_SIM_MAINSTREAM},
    {"atlanticpressservice-example.com", "Atlantic Press Service", "APS", NULL, "en", VG_SIM_WIRE},
    {"vostoknews-example.fr", "Vostok France", "Vostok", "MOSCOU", "fr", VG_SIM_STATE},
    {"worldnewsbuzz-example.info", "World News Buzz", NULL, NULL, "en", VG_SIM_FARM},
    {"riversidetribune-example.com", "The Riverside Tribune", NULL, NULL, "en", VG_SIM_MAINSTREAM},
    {"lavoixdusud-example.fr", "La Voix du Sud", NULL, NULL, "fr", VG_SIM_MAINSTREAM},
    {"continentalobserver-example.eu", "The Continental Observer", NULL, NULL, "en", VG_SIM_MAINSTREAM},
    {"freespeechwire-example.org", "Free Speech Wire", NULL, NULL, "en", VG_SIM_FARM},
    {"nordictimes-example.com", "The Nordic Times", NULL, NULL, "en", VG_SIM_MAINSTREAM},
};
const uint32_t vg_sim_noutlets = VG_COUNT(vg_sim_outlets);

/* ---- shared word lists and grammars ---------------------------------- */

/*
 * Every sentence template must be unlikely to come out the same in two
 * articles (vg_sim_collision; the unit tests hold each under 1e-7 for two
 * articles of one story).  Story-bound slots ($cand, $city ...) add almost
 * nothing there: the variety comes from alternatives and from slots drawn
 * afresh for each sentence, which is what the sub-grammars below bundle:
 * people ($witness, $expert, $first $last), times ($when, $time, $date),
 * numbers ($count, $many, $age) and places ($city2, $region).
 */

static const char *const media[] = {
    "Radio Centrale", "the weekly Le Canard Libre", "the Sunday Courier", "TV Nationale",
    "the daily Le Matin", "a regional newspaper", "public broadcaster Channel 2",
    "the news channel Info24", "the magazine L'Observateur", "a morning radio show",
    "the Journal du Dimanche", "the business daily Les Echos du Marche",
};
static const char *const hackgroups[] = {
    "Cobalt Heron", "Sandstorm Unit", "Grey Lynx", "Iron Sparrow", "the group known as APT-61",
    "Winter Fox", "a collective calling itself Boreal Team", "Copper Mantis",
};
static const char *const platforms[] = {
    "an anonymous file-sharing site", "an image board", "a public messaging channel",
    "a little-known forum", "a paste site", "a newly created blog", "a video platform",
    "several social networks at once",
};
static const char *const weekdays[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};
static const char *const weekdays_fr[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
};
const vg_sim_list vg_sim_weekdays = VG_LIST(weekdays);
const vg_sim_list vg_sim_weekdays_fr = VG_LIST(weekdays_fr);

static const char *const said[] = {
    "said", "told reporters", "declared", "insisted", "claimed", "warned", "argued",
    "stressed", "noted", "added", "maintained", "told a press conference", "wrote on social media",
    "conceded", "explained",
};
static const char *const issues[] = {
    "unemployment", "pensions", "the European Union", "immigration", "security", "taxes",
    "public debt", "energy prices", "housing", "farm subsidies", "the 35-hour week",
    "school reform", "hospital funding", "rural services", "the minimum wage",
    "defence spending", "climate policy", "the euro", "retirement age", "state reform",
};
static const char *const voters[] = {
    "young voters", "pensioners", "undecided voters", "voters in the north",
    "rural voters", "working-class voters", "first-time voters", "voters abroad",
    "suburban voters", "civil servants", "small business owners", "farmers",
    "students", "voters on the left", "voters on the right",
};
static const char *const adjs[] = {
    "unprecedented", "serious", "coordinated", "deliberate", "worrying", "massive",
    "sophisticated", "crude", "targeted", "systematic", "alarming", "limited",
    "well-organised", "opportunistic", "persistent",
};
static const char *const places[] = {
    "Paris", "Lyon", "Marseille", "Lille", "Toulouse", "Bordeaux", "Nantes", "Strasbourg",
    "Nice", "Rennes", "Montpellier", "Reims", "Le Havre", "Grenoble", "Dijon", "Angers",
    "Brest", "Tours", "Amiens", "Limoges", "Perpignan", "Metz", "Besancon", "Orleans",
    "Rouen", "Caen", "Nancy", "Avignon", "Poitiers", "Pau", "Calais", "Ajaccio",
    "Clermont-Ferrand", "Saint-Etienne", "Mulhouse", "Nimes", "Toulon", "La Rochelle",
    "Argenton-sur-Creuse", "Chartres",
};
static const char *const regions[] = {
    "Brittany", "Normandy", "Alsace", "Provence", "Occitanie", "the Paris region",
    "Burgundy", "Picardy", "Lorraine", "Auvergne", "Corsica", "the Loire valley",
    "Nord-Pas-de-Calais", "Aquitaine", "Champagne",
};
static const char *const institutes[] = {
    "the Institute for Strategic Dialogue", "the University of Lyon", "Sciences Po",
    "the Atlantic Digital Lab", "the Centre for Media Studies", "a Paris think tank",
    "the European Security Forum", "the Observatory of Online Hate",
    "the Jean-Jaures Foundation", "the Montaigne Institute",
};
static const char *const expert_roles[] = {
    "cybersecurity researcher", "political scientist", "pollster", "former intelligence officer",
    "media analyst", "constitutional lawyer", "economist", "disinformation researcher",
    "security consultant", "historian",
};
static const char *const pollsters[] = {
    "Ifop-Example", "Elabe-Example", "Harris Opinion", "OpinionWay-Example",
    "the Kantar Sofres-Example", "Odoxa-Example", "BVA-Example", "Ipsos-Example",
};
static const char *const times_of_day[] = {
    "early on", "late on", "on", "in the afternoon of", "before dawn on", "in the evening of",
};
static const char *const vague_time[] = {
    "last week", "earlier this month", "in recent days", "over the weekend",
    "two weeks ago", "since the start of the campaign", "in February", "last month",
    "in January", "this spring",
};
static const char *const jobs[] = {
    "teacher", "nurse", "retired engineer", "shopkeeper", "student", "farmer", "bus driver",
    "accountant", "baker", "pharmacist", "lorry driver", "electrician", "care worker",
    "cafe owner", "lawyer", "former steelworker", "software developer", "waiter",
    "postal worker", "architect", "firefighter", "railway worker", "cook", "hospital porter",
};

/* Sub-grammars reachable by slot. */
static const char *const whens[] = {
    "on $date", "at $time on $weekday", "on the evening of $date", "at about $time",
    "shortly after $time", "on the morning of $date", "at $time on $date",
};
static const char *const witnesses[] = {
    "$first $last, $age, a $job from $city2,",
    "$first $last, a $age-year-old $job {from|in|who lives in} $city2,",
    "{one|a} $job {from|in} $city2, $first $last, $age,",
    "$first $last, $age, a $job in $city2 for the past $small years,",
};
static const char *const claims[] = {
    "the campaign had been targeted by {thousands of|hundreds of|some $many} {attacks|intrusion attempts|phishing emails} since $date",
    "{foreign|outside} actors were trying to {influence|disrupt|sway} the {vote|election|campaign} {in $region|through $count fake accounts|from $small countries}",
    "the {figures|numbers|statistics} {for $region|on $issue|published on $date} had been {manipulated|cherry-picked|misread} by {opponents|rivals|the press}",
    "{no|little} {evidence|proof} had been {found|produced|presented} {after $small days of checks|by $date|in $count cases examined}",
    "{some|at least $count of the|$small of the} {documents|emails|files} {dated $date|from the $region office|sent by $first $last} were {genuine|authentic|partly forged|mixed with fakes}",
    "the {government|state|administration} had {failed|been slow} to {react|respond|protect the vote} {in $region|after the events of $date|for $small days}",
    "{voters|citizens|the French} in $city2 deserved {the truth|answers|transparency} {before Sunday|by $weekday|on $issue}",
    "the {accusations|allegations|charges} {made on $date|aired by $media at $time|repeated $count times} were {absurd|groundless|politically motivated|a smear}",
    "{security|protection|vigilance} at the $count polling stations {in|of} $region would be {stepped up|reinforced|tightened} before the {vote|run-off|first round}",
    "$issue and $issue would {decide|shape|dominate} the {final days|last week|second round} of the campaign in $region",
    "{the campaign|the party|the movement} would {file a complaint|go to court|seek damages} {before $weekday|within $small days|on $date} {in $city2|over $count posts|against $small outlets}",
    "the {attack|operation|campaign} {seen on $date|detected at $time} bore the {hallmarks|signature|marks} of a {state|foreign|professional} {actor|service|group}",
    "{turnout|participation|abstention} in $region could {reach|exceed|fall below} $pct, {against|compared with} $pct in 2012",
    "the {rumours|reports|stories} {published on $date|shared $many times} about $clast's {private life|finances|health|past} were {false|fabricated|invented}",
    "{nothing|no step} would be {ruled out|left to chance} {in $region|before $weekday|after what happened on $date} {to protect|to secure} the $count polling stations of $city2",
    "the {country|republic|nation} would not {accept|tolerate} {interference|meddling|pressure} from $country, {after $count incidents|after $small warnings|since $date}",
};
static const char *const reasons[] = {
    "to {sow|spread} {doubt|confusion|distrust} among $voters in $region",
    "to {weaken|damage|discredit} $clast {$small days|a week|a fortnight} before the {vote|run-off}",
    "to {shift|steer} the debate away from $issue {and|towards} $issue",
    "to {drown out|bury} {news|a report} {published|released} by $agency on $date",
    "to {test|probe} the {defences|response} of $dozens {newsrooms|fact-checkers} {in $region|in $city2}",
    "to {mobilise|energise} $voters {in $region|in $city2} before $weekday",
};
static const char *const experts[] = {
    "$first $last, a $expertrole at $institute,",
    "$expertrole $first $last of $institute",
    "$first $last, who {teaches|works|researches} at $institute,",
    "{one|a} $expertrole {at|from} $institute, $first $last,",
};
static const char *const qbodies[] = {
    "We {will not|shall not|cannot} {accept|tolerate|allow} any {interference|meddling} in our {democracy|elections|vote}, {not in $region|not in $city2|not after $date}",
    "{This|It} is a {grave|serious|direct} {attack|assault} on {our democracy|the republic|the integrity of the vote} {and on the people of $city2|and on $many voters|and on $voters in $region}",
    "{Nothing|No act} will go {without a response|unanswered|unpunished}, {I said so in $city2|I said so on $date|and I told the $count mayors of $region so}",
    "{Voters|The French|People in $region} {must|should|will} {decide|choose} {freely|for themselves|without pressure} on $issue and on $issue",
    "These {accusations|claims|allegations} {about $issue|made on $date|repeated $count times} are {absurd|baseless|ridiculous|unfounded}",
    "We {knew|were aware|had been warned} {as early as $date|$small weeks ago|by $count reports} that {these risks|such attacks|this} {existed|could happen|might come}",
    "{There is|We have} {no|not a shred of} {evidence|proof} {of that|to support it|whatsoever}, {and we have looked at $count cases|after $small weeks of checks|as of $date}",
    "{The|Our} {campaign|team|movement} {has been|was} {targeted|attacked|hit} {$count times|again and again|repeatedly} since $date",
    "{We|I} {will|intend to} {fight|campaign|stand} {until the very end|to the last day|for every vote} in $city2 and in $region",
    "$issue is {the real issue|what people care about|the question that matters} {in $region|for $voters|for the $many families I met}",
    "{Let|We must let} the {investigation|inquiry|courts} {run its course|do its work|proceed} {in $city2|after the events of $date|in the $count cases opened}",
    "{Everyone|Anyone} in $city2 can see {who|which side} {benefits|gains} from {this|these leaks|such attacks} {since $date|after $small weeks|on $issue}",
    "{We|They} {are|were} {extremely|particularly|fully} vigilant {about $issue in $region|in the $count polling stations of $city2|since $date}",
    "{This|It} {bears|has} all the {hallmarks|signs} of a {coordinated|structured|professional} {operation|group|campaign} {run from $capital|aimed at $voters in $region|launched on $date}",
};

/* French. */
static const char *const medias_fr[] = {
    "Radio Centrale", "l'hebdomadaire Le Canard libre", "la chaîne publique France 2",
    "TV Nationale", "la chaîne d'information Info24", "la matinale de Radio Centrale",
    "l'édition régionale du Courrier", "la rédaction de L'Observateur", "Info24",
    "la radio publique", "l'agence Euro Wire", "la version en ligne du Matin",
};
static const char *const regions_fr[] = {
    "en Bretagne", "en Normandie", "en Alsace", "en Provence", "en Occitanie",
    "en Île-de-France", "en Bourgogne", "en Picardie", "en Lorraine", "en Auvergne",
    "en Corse", "dans le Val de Loire", "dans le Nord-Pas-de-Calais", "en Aquitaine",
    "en Champagne",
};
static const char *const electeurs_fr[] = {
    "les jeunes électeurs", "les retraités", "les indécis", "les électeurs du Nord",
    "les électeurs des campagnes", "les classes populaires", "les primo-votants",
    "les Français de l'étranger", "les fonctionnaires", "les petits patrons",
    "les agriculteurs", "les étudiants", "l'électorat de gauche", "l'électorat de droite",
    "les habitants des banlieues",
};
static const char *const instituts_fr[] = {
    "l'Institut pour le dialogue stratégique", "l'université de Lyon", "Sciences Po",
    "l'Observatoire des médias", "la Fondation Jean-Jaurès", "l'Institut Montaigne",
    "l'Observatoire de la haine en ligne", "l'École de journalisme de Lille",
    "l'Institut de relations internationales", "la Maison des sciences de l'homme",
};
static const char *const roles_fr[] = {
    "politologue", "spécialiste de la cybersécurité", "sociologue", "économiste",
    "spécialiste des médias", "juriste", "analyste", "spécialiste de la désinformation",
    "spécialiste de la vie politique", "spécialiste du renseignement",
};
static const char *const metiers_fr[] = {
    "fonctionnaire", "libraire", "secrétaire médicale", "comptable", "architecte",
    "bénévole dans une association", "garagiste", "fleuriste", "chef d'entreprise",
    "photographe", "kinésithérapeute", "vétérinaire", "notaire", "psychologue",
    "agent immobilier", "militaire de carrière", "cadre dans une banque", "juriste",
    "pompier volontaire", "guide touristique",
};
static const char *const quand_fr[] = {
    "la semaine dernière", "ces derniers jours", "depuis le début de la campagne",
    "le mois dernier", "en février", "ce week-end", "en janvier", "il y a deux semaines",
    "depuis le début du mois", "au cours de l'hiver",
};
static const char *const dit_fr[] = {
    "a déclaré", "a affirmé", "a assuré", "a estimé", "a prévenu", "a souligné", "a ajouté",
    "a indiqué", "a martelé", "a expliqué", "a rappelé", "a insisté",
};
static const char *const enjeux_fr[] = {
    "le chômage", "les retraites", "l'Europe", "l'immigration", "la sécurité", "les impôts",
    "la dette publique", "le pouvoir d'achat", "le logement", "l'école", "l'hôpital",
    "les services publics en zone rurale", "le salaire minimum", "l'âge de départ à la retraite",
    "la transition écologique", "l'euro", "les 35 heures", "le prix de l'énergie",
    "la réforme de l'État", "le budget de la défense",
};
static const char *const moments_fr[] = {
    "le $datefr", "$jourfr vers $heure", "dans la soirée du $datefr", "vers $heure",
    "peu après $heure", "le $datefr au matin", "le $datefr vers $heure",
};
static const char *const temoins_fr[] = {
    "$first $last, $age ans, $metier à $city2,",
    "$first $last, $metier {à|près de|dans la banlieue de} $city2, $age ans,",
    "$first $last, qui habite $city2 depuis $small ans,",
    "$first $last, $metier depuis $small ans à $city2,",
};
static const char *const experts_fr[] = {
    "$first $last, $rolefr à $institutfr,",
    "$first $last, qui {enseigne|travaille} à $institutfr depuis $small ans,",
    "$first $last, $rolefr {à|auprès de} $institutfr,",
};
static const char *const claims_fr[] = {
    "la campagne avait été visée par {des milliers|des centaines|quelque $manyfr} {d'attaques|de tentatives d'intrusion|de courriels piégés} depuis le $datefr",
    "des acteurs étrangers cherchaient à {influencer|perturber|fausser} le {scrutin|vote} {$regionfr|au moyen de $count faux comptes|depuis $small pays}",
    "{aucune|peu de} preuve n'avait été {apportée|présentée|trouvée} {après $small jours de vérifications|au $datefr|sur les $count cas examinés}",
    "{certains|au moins $count|$small} des {documents|courriels|fichiers} {datés du $datefr|venus de l'antenne de $city2|signés par $first $last} étaient {authentiques|en partie falsifiés|mêlés à des faux}",
    "la sécurité des $count bureaux de vote {$regionfr|de $city2} serait {renforcée|accrue} avant le {second tour|scrutin|premier tour}",
    "les accusations {lancées le $datefr|relayées par $mediafr vers $heure|répétées $count fois} étaient {absurdes|sans fondement|politiques|diffamatoires}",
    "la participation {$regionfr|à $city2} pourrait {atteindre|dépasser|tomber sous} $pctfr, contre $pctfr en 2012",
    "les chiffres {publiés le $datefr|sur $enjeu|concernant $city2} avaient été {manipulés|sortis de leur contexte|mal interprétés} par {ses adversaires|la presse|ses rivaux}",
    "le gouvernement avait {tardé|échoué} à {réagir|protéger le scrutin|répondre} {$regionfr|après les événements du $datefr|pendant $small jours}",
    "$enjeu et $enjeu {décideraient|pèseraient sur} la fin de la campagne {$regionfr|à $city2|chez $electeursfr}",
    "{la campagne|le parti|le mouvement} allait {porter plainte|saisir la justice|demander réparation} {avant $jourfr|sous $small jours|le $datefr} {à $city2|pour $count messages|contre $small médias}",
    "les rumeurs {publiées le $datefr|partagées $manyfr fois} sur {la santé|le patrimoine|la vie privée|le passé} de $clast étaient {fausses|inventées|fabriquées de toutes pièces}",
    "la République n'accepterait {aucune|pas la moindre} ingérence étrangère, {après $count incidents|après $small avertissements|depuis le $datefr}",
    "{rien|aucune mesure} ne serait {exclu|laissé au hasard} {$regionfr|avant $jourfr|après ce qui s'est passé le $datefr} pour protéger les $count bureaux de vote de $city2",
};
static const char *const qbodies_fr[] = {
    "Nous n'accepterons {aucune|pas la moindre} ingérence dans {notre démocratie|le scrutin|cette élection}, {ni $regionfr ni ailleurs|ni à $city2 ni ailleurs|pas après le $datefr}",
    "C'est une atteinte {grave|directe|inacceptable} à {la République|notre démocratie|la sincérité du vote} {et aux habitants de $city2|et à $manyfr électeurs|et aux électeurs $regionfr}",
    "Rien ne restera {sans réponse|impuni}, {je l'ai dit à $city2|je l'ai dit dès le $datefr|je l'ai dit aux $count maires $regionfr}",
    "Les {Français|électeurs|habitants de $city2} doivent {choisir|voter|décider} {librement|en conscience|sans pression} sur $enjeu et sur $enjeu",
    "Ces accusations {sur $enjeu|lancées le $datefr|répétées $count fois} sont {absurdes|sans fondement|ridicules|mensongères}",
    "Nous {savions|avions été prévenus} {dès le $datefr|il y a $small semaines|par $count rapports} que {ces risques existaient|de telles attaques pouvaient survenir|cela pouvait arriver}",
    "Il faut laisser {la justice|l'enquête|les juges} {faire son travail|suivre son cours|travailler} {à $city2|après les événements du $datefr|dans les $count dossiers ouverts}",
    "Nous {resterons|sommes} {extrêmement|particulièrement|totalement} vigilants {sur $enjeu $regionfr|dans les $count bureaux de vote de $city2|depuis le $datefr}",
    "Notre {campagne|équipe|mouvement} a été {visé|attaqué|pris pour cible} {$count fois|à plusieurs reprises|sans relâche} depuis le $datefr",
    "Je me battrai {jusqu'au bout|jusqu'au dernier jour|pour chaque voix} à $city2 comme $regionfr",
    "$enjeu, voilà {le vrai sujet|ce qui compte pour les gens|la seule question} {$regionfr|pour $electeursfr|pour les $manyfr familles que j'ai rencontrées}",
    "Tout le monde à $city2 voit bien {à qui|à quel camp} profitent {ces fuites|ces attaques|ces rumeurs} {depuis le $datefr|sur $enjeu|après $small semaines}",
    "Tout cela porte la marque d'une opération {coordonnée|structurée|professionnelle} {menée depuis $paysfr|visant $electeursfr $regionfr|lancée le $datefr}",
};

const vg_sim_named_list vg_sim_named[] = {
    {"media", VG_LIST(media), 0},
    {"hackgroup", VG_LIST(hackgroups), 0},
    {"platform", VG_LIST(platforms), 0},
    {"weekday", VG_LIST(weekdays), 0},
    {"said", VG_LIST(said), 0},
    {"issue", VG_LIST(issues), 0},
    {"voters", VG_LIST(voters), 0},
    {"adj", VG_LIST(adjs), 0},
    {"city2", VG_LIST(places), 0},
    {"region", VG_LIST(regions), 0},
    {"institute", VG_LIST(institutes), 0},
    {"expertrole", VG_LIST(expert_roles), 0},
    {"pollster", VG_LIST(pollsters), 0},
    {"tod", VG_LIST(times_of_day), 0},
    {"vague", VG_LIST(vague_time), 0},
    {"job", VG_LIST(jobs), 0},
    {"when", VG_LIST(whens), 1},
    {"witness", VG_LIST(witnesses), 1},
    {"claim", VG_LIST(claims), 1},
    {"reason", VG_LIST(reasons), 1},
    {"expert", VG_LIST(experts), 1},
    {"qbody", VG_LIST(qbodies), 2},
    {"mediafr", VG_LIST(medias_fr), 0},
    {"regionfr", VG_LIST(regions_fr), 0},
    {"electeursfr", VG_LIST(electeurs_fr), 0},
    {"institutfr", VG_LIST(instituts_fr), 0},
    {"rolefr", VG_LIST(roles_fr), 0},
    {"metier", VG_LIST(metiers_fr), 0},
    {"quandfr", VG_LIST(quand_fr), 0},
    {"jourfr", VG_LIST(weekdays_fr), 0},
    {"dit", VG_LIST(dit_fr), 0},
    {"enjeu", VG_LIST(enjeux_fr), 0},
    {"momentfr", VG_LIST(moments_fr), 1},
    {"temoinfr", VG_LIST(temoins_fr), 1},
    {"expertfr", VG_LIST(experts_fr), 1},
    {"claimfr", VG_LIST(claims_fr), 1},
    {"qbodyfr", VG_LIST(qbodies_fr), 2},
};
const uint32_t vg_sim_nnamed = VG_COUNT(vg_sim_named);

/* ---- topics -------------------------------------------------------- */

static const char *const cyber_event[] = {
    "the cyberattack", "the hacking attempts", "the attacks on the campaign's servers",
    "the intrusion", "the phishing campaign", "the hack", "the cyber offensive",
};
static const char *const cyber_head[] = {
    "$country accused as $cand's campaign reports {thousands of|waves of|new} cyberattacks",
    "$minister condemns {alleged|reported} cyberattacks against $cand",
    "{Hackers|Hacking group|Cyber spies} targeted $clast campaign, {experts say|security firm says|agency confirms}",
    "$agabbr {investigates|probes|looks into} {attacks|intrusions} on $party {servers|websites|email accounts}",
    "$clast campaign blames $capital for {cyberattacks|hacking|digital attacks}",
    "{Phishing|Fake login pages|Spoofed emails} aimed at $clast staff, {report says|researchers find}",
    "France {steps up|tightens|boosts} cyber defences after attacks on $cand",
    "$capital {rejects|denies|dismisses} claims it hacked $clast campaign as {absurd|groundless}",
};
static const char *const cyber_sent[] = {
    "{The campaign's digital director|$clast's head of IT security|A senior campaign official}, $first $last, $said {there had been|the campaign had faced} \"{thousands of|hundreds of} attacks against our IT systems, {databases|data bases}, websites\" since $date, {allegedly|reportedly} {originating in|coming from} $country.",
    "According to $agency, the {attackers|intruders|hackers} used {fake login pages|spoofed email addresses|malicious attachments} {to lure|to trick|aimed at} {$count staff|campaign workers in $city2|volunteers in $region} into {giving up|revealing} their passwords $when, {wrote|said} $first $last, {who led|head of} the inquiry.",
    "{Security researchers|Analysts|Investigators} at $institute, {led by|including} $first $last, {linked|tied|attributed} the {operation|attacks|intrusion attempts} to $hackgroup, a group {believed to be|widely seen as|said to be} {linked to|close to|working for} {a foreign intelligence service|the military intelligence of $country|state interests in $capital}.",
    "The {attempts|attacks} {began|started|intensified} $vague and {peaked|grew|multiplied} {on $date|at $time on $weekday|around $date}, {after|once} $cand {rose|climbed|moved up} {$small points|to $pct} in the polls, $first $last of $institute {said|noted}.",
    "$agabbr {said|confirmed|indicated} {in a statement released at $time|$when} that it had {detected|identified|blocked} $count {separate|distinct|suspicious} {domains|servers|addresses} {used|registered|set up} for the {campaign|operation} {since $date|over $small weeks}.",
    "{No|None of the} {voting machines|counting systems|electoral registers} in $region {were|had been} {affected|compromised|touched}, $first $last, {a spokesperson|the head of operations|a senior engineer} at $agabbr, {stressed|insisted|said} $when.",
    "The {Defence|Security} Council {will|was due to} meet $tod $weekday {at $time|at the Elysee} to {discuss|review} {cyber security|the threat} and {adopt|put in place} \"specific vigilance and protection measures\" for {the $count polling stations of $region|$many polling stations}.",
    "$capital {has repeatedly|has always|has consistently} {denied|rejected} {any|all} {involvement|interference}, and $first $last, {a spokesman|a spokeswoman|an adviser} for the embassy, {said|repeated} $when that it does not {interfere|meddle} in other states' {domestic matters|internal affairs|elections}.",
    "$minister {said|told reporters in $city2|declared} $when that {such|this kind of} {interference|meddling} in {French democratic life|the democratic process|the campaign} was {unacceptable|intolerable} after {$count attacks in $small days|$many intrusion attempts since $date|a night of attacks on $date}.",
    "{Officials|Experts|Engineers} at $agabbr {estimate|believe|say} that {at least|more than|around} $num percent of the $many {malicious|suspicious} {emails|requests|connections} {logged|recorded} {since $date|on $weekday} {came|originated} from {servers|addresses|machines} {rented|located|hosted} in $country.",
    "The campaign's digital director, $first $last, said the team had {moved|switched} to {encrypted|secure|new} {messaging|email} {tools|systems} and {trained|briefed} $count {staff|volunteers|employees} {in $small days|since $date|in $city2 and $city2}.",
    "$hackgroup {had|has} {previously|already} been {blamed|accused} for {attacks|intrusions} {on|against} {political parties|parliaments|ministries} in {Germany|the United States|the Netherlands|Italy}, {according to|said} {$first $last of $institute|a report by $institute published on $date}.",
    "Government {experts|engineers|teams} {ran|carried out|conducted} $dozens {drills|simulations|audits} {with|for} {every|each} campaign {that asked|willing to take part|in the race} {since $date|in $small weeks}, $first $last {of $agabbr|from the cyber agency} {said|told $media}.",
    "The {National Cybersecurity Agency|cyber agency} {had warned|warned} {parties|campaigns} $vague {to|that they should} {change passwords|use two-factor authentication|watch for spoofed domains}, {after|following} {a test|an audit} {showing|that showed} that {$small in twenty|$count|some $pct of} staff {accounts|mailboxes} {could be|were easily} {hijacked|breached}, $first $last of $institute {said|noted}.",
};
static const char *const cyber_event_fr[] = {
    "la cyberattaque", "les tentatives de piratage", "les attaques informatiques",
    "l'intrusion", "l'opération de hameçonnage",
};
static const char *const cyber_head_fr[] = {
    "Cyberattaques : la campagne de $clast accuse $paysfr",
    "$ministrefr condamne les attaques informatiques contre $clast",
    "Piratage : $agencefr ouvre une enquête",
    "{Des milliers|Des centaines} de tentatives d'intrusion contre l'équipe de $clast",
    "$paysfr dément toute ingérence dans la campagne",
};
static const char *const cyber_sent_fr[] = {
    "Selon $agencefr, les pirates ont utilisé {de fausses pages de connexion|des courriels piégés|des pièces jointes malveillantes} pour {tromper|viser|piéger} {$count membres de l'équipe|les bénévoles $regionfr|les salariés du siège à $city2} $momentfr, {a précisé|a indiqué} $first $last, {porte-parole|ingénieur} de l'agence.",
    "$paysfr a {démenti|rejeté} toute implication, {jugeant|qualifiant} ces accusations d'{absurdes|infondées|hystériques}, {a déclaré|a assuré} $first $last, porte-parole de l'ambassade, {dans un communiqué publié $momentfr|sur $mediafr $momentfr|devant la presse à $city2}.",
    "Les attaques ont {commencé|redoublé|changé de nature} $quandfr et ont culminé le $datefr {vers $heure|dans la nuit}, au moment où $cand {progressait|gagnait $small points|atteignait $pctfr} dans les sondages, {selon|d'après} $first $last, $rolefr.",
    "$first $last, {responsable de la sécurité informatique|à la tête du pôle numérique|responsable des systèmes d'information} de la campagne de $clast, {affirme|assure|indique} avoir recensé {$manyfr tentatives d'intrusion|$count attaques} {depuis le $datefr|en $small jours}.",
    "{Des chercheurs|Des analystes|Des enquêteurs} de $institutfr, {dont|parmi lesquels} $first $last, attribuent l'opération à $hackgroup, un groupe {réputé proche|soupçonné d'être proche|que l'on dit lié} {des services de renseignement étrangers|d'intérêts étatiques|d'une armée étrangère}.",
    "{Aucun|Pas un seul} {bureau de vote|fichier électoral|système de dépouillement} {$regionfr|à $city2} n'a été {touché|compromis|affecté}, {a assuré|a insisté|a précisé} $first $last, {porte-parole|responsable des opérations|ingénieur} à l'agence, $momentfr.",
    "Le Conseil de défense {se réunira|devait se réunir} $momentfr pour {examiner|évaluer} {la menace|la situation} et {adopter|mettre en place} des {mesures de vigilance|mesures de protection} {pour les $count bureaux de vote $regionfr|dans $manyfr bureaux de vote}.",
    "Selon $agencefr, {au moins|plus de|environ} $num % des $manyfr {courriels|requêtes|connexions} suspects {enregistrés|relevés} depuis le $datefr provenaient de serveurs {liés à|associés à|attribués à} $paysfr.",
    "$ministrefr a {dénoncé|condamné} $momentfr une ingérence {inacceptable|intolérable} dans la vie démocratique, {après|à la suite de} {$count attaques en $small jours|$manyfr tentatives d'intrusion depuis le $datefr|une nuit d'attaques le $datefr}, devant $count {préfets|députés|journalistes}.",
    "{Les équipes de $clast ont|L'équipe de campagne a} {adopté|basculé vers} des {messageries chiffrées|outils sécurisés} et {formé|sensibilisé} $count {salariés|bénévoles|militants} {en $small jours|depuis le $datefr|à $city2 et à $city2}, {selon|d'après} $first $last, membre de l'équipe.",
    "$hackgroup avait {déjà|par le passé} été {accusé|soupçonné} d'attaques contre {des partis|des parlements|des ministères} {en Allemagne|aux États-Unis|aux Pays-Bas|en Italie}, selon un rapport de $institutfr publié le $datefr et signé par $first $last.",
};
static const char *const cyber_post[] = {
    "{So|Wow,} $country hacked $clast again? {Source?|Prove it.|Convenient timing.}",
    "$agabbr {confirms|reports} {hacks|attacks} on $clast. {This is serious.|Not a drill.}",
    "$clast {drops|rises} in the polls? New \"hack\". {Funny that.|Hmm.}",
    "{Protect the vote.|Our democracy is under attack.} {Thousands of|Hundreds of} attacks. On one campaign.",
};

static const char *const leak_event[] = {
    "the leak", "the email dump", "the document leak", "the leaked emails", "the data dump",
    "the release of the stolen files",
};
static const char *const leak_head[] = {
    "{Thousands of|Trove of|Gigabytes of} {emails|documents|files} from $clast campaign {leaked|posted|dumped} online",
    "$clast campaign says leaked documents {mixed with fakes|partly forged|include fabrications}",
    "$agency warns media not to publish contents of $clast leak",
    "{What we know about|Questions remain over|Inside} the $clast {email leak|data dump|leak}",
    "{Leak|Data dump} on eve of vote: $cand denounces \"{democratic destabilisation|an attempt to destabilise}\"",
    "$minister vows response to leak of $clast {emails|documents}",
    "{Forged|Fake} documents {spread|circulate} after $clast leak, {fact-checkers say|analysts warn}",
};
static const char *const leak_sent[] = {
    "Some $num gigabytes of {data|files|emails and documents} were posted {on|to} $platform {under|by} a profile called $leakname, {created $small days earlier|with $count followers|opened on $date}, {at $time on $weekday|at $time on $date|around $time}.",
    "The campaign said the $many {files|documents|emails} had been \"{fraudulently obtained|stolen|taken}\" {$small weeks|$small months} {ago|earlier} and were \"{in all likelihood|very probably|clearly} {mingled|mixed} with false information\", $first $last, {its spokesperson|a senior adviser|its lawyer}, {said|added} $when.",
    "$agency {warned|reminded} {reporters|the media|news organisations} $when that {publishing|spreading|relaying} the {contents|material} {could|may} be {a criminal offence|prosecuted|classified as a criminal offence}, {punishable by|carrying} {up to|as much as} $small years in prison.",
    "{Analysts|Researchers|Journalists} {who examined|who looked at|going through} the {files|dump}, {among them|including} $first $last {of $institute|of $media}, {found|said they found} $count {documents|spreadsheets|files} {with metadata in Cyrillic|edited on the day of the release|with inconsistent dates}.",
    "{It is|It was} {still|not yet} {not clear|unclear} who {was|is} {responsible for|behind} {posting|the release of} the {data|files}, {$small days|$count hours} after {they first appeared|the first link was shared} on $platform, $expert {said|noted} $when.",
    "The {release|leak} came {$small hours|$count minutes} before the {official campaign|legal campaign period} {ended|closed} {at midnight on $weekday|on $date}, {leaving|giving} the campaign {no|little} {time|chance} to {respond|reply}, $first $last, {its spokesperson|a senior aide}, {said|complained} $when.",
    "{Among|In} the $many {files|pieces of leaked material} were {invoices|internal memos|staff emails|bank statements|travel receipts} {dated $date|from the $region office|signed by $first $last}, {some|several} of which the campaign {said|insisted} were {forged|fabricated|altered}.",
    "The hashtag #$leaktag {was|had been} {pushed|amplified|relayed} {at first|initially|mainly} by $count {accounts|users} {in|from} the United States {before|and then} {spreading|reaching} French {networks|users} {at about $time|within $small hours}, {according to|said} $first $last of $institute.",
    "$cand's team {said|claimed} $when it had {deliberately|knowingly} {planted|created} $count {fake|decoy} {documents|accounts} to {slow down|mislead|confuse} the {hackers|attackers}, {a tactic|a strategy} {first tried|used} {in $small|since $date}.",
    "$expert said the {leak|dump} of $many {files|documents} {followed|resembled|mirrored} {the pattern|a pattern|the playbook} {seen|used} in the United States {the previous year|in 2016}, {down to|including} {the timing|the choice of $platform|the use of $count relay accounts}.",
    "{A|One} {document|file} {circulating|shared} $many times {online|on social networks} {claimed|purported} to {show|prove} that $clast {held|had} an {offshore|secret} account in {the Bahamas|Cyprus|Panama}, {a claim|an allegation} the campaign {denied|called false} $when.",
    "{Lawyers for the campaign|The campaign's lawyers}, {led by|including} $first $last, {filed|lodged} a complaint {in $city2|with $agency} $when {over|about} the {theft|hacking} of {$count mailboxes|$small staff accounts|the party's servers}.",
};
static const char *const leak_event_fr[] = {
    "la fuite", "les courriels piratés", "la publication des documents volés",
    "la diffusion des fichiers", "les documents dérobés",
};
static const char *const leak_head_fr[] = {
    "Fuite massive de documents de la campagne de $clast",
    "$agencefr met en garde contre la diffusion des documents piratés",
    "Ce que l'on sait de la fuite visant $clast",
    "Documents piratés : l'équipe de $clast dénonce des faux",
    "Fuite à la veille du scrutin : $cand porte plainte",
};
static const char *const leak_sent_fr[] = {
    "Quelque $num gigaoctets de données ont été publiés sur {un site anonyme|un forum|une messagerie publique} par un compte baptisé $leakname, {créé $small jours plus tôt|suivi par $count abonnés|ouvert le $datefr}, $momentfr, {selon|d'après} $first $last, $rolefr.",
    "Selon $first $last, {porte-parole|avocat|conseiller} de $clast, les $manyfr documents, obtenus frauduleusement {il y a $small semaines|$quandfr}, sont mêlés à {de faux documents|de fausses informations|des pièces fabriquées}.",
    "$agencefr a rappelé $momentfr que leur diffusion pouvait constituer une infraction pénale, passible de {$small ans|jusqu'à $small ans} de prison et de $count milliers d'euros d'amende, {selon|d'après} $first $last, juriste.",
    "{Des chercheurs|Des journalistes|Des analystes} {ayant examiné|qui ont épluché} les fichiers, dont $first $last {de $institutfr|de $mediafr}, ont relevé $count documents {aux métadonnées en cyrillique|modifiés le jour de la publication|aux dates incohérentes}.",
    "La fuite est intervenue {$small heures|$count minutes} avant la fin de la campagne officielle, {à minuit $jourfr|le $datefr}, laissant {peu de temps|peu de marge} à l'équipe de $clast pour {répondre|réagir}, {a regretté|a déploré} $first $last, {porte-parole|membre} de l'équipe.",
    "Le mot-dièse #$leaktag a d'abord été {relayé|poussé|amplifié} par $count comptes {américains|basés aux États-Unis} avant de gagner les réseaux français {vers $heure|dès $jourfr matin|en $small heures}, {selon|d'après} $first $last, $rolefr à $institutfr.",
    "{Parmi|Dans} les $manyfr fichiers figurent des {factures|notes internes|courriels du personnel|relevés bancaires} {datés du $datefr|provenant de l'antenne de $city2|signés par $first $last}, dont $count seraient {falsifiés|fabriqués|retouchés} selon l'équipe.",
    "L'équipe de $cand affirme avoir {volontairement|sciemment} créé $count {faux documents|comptes leurres} pour {ralentir|tromper|égarer} les pirates, une méthode {employée|testée} depuis le $datefr, {selon|d'après} $first $last, membre de l'équipe.",
    "Un document {partagé|relayé} $manyfr fois prétend montrer que $clast détiendrait un compte {aux Bahamas|à Chypre|au Panama}, une {rumeur|allégation} démentie $momentfr par {son équipe|ses avocats}.",
    "Les avocats de la campagne, {dont|emmenés par} $first $last, ont déposé plainte {à $city2|à Paris} $momentfr pour le piratage de {$count boîtes mail|$small comptes de collaborateurs|serveurs du parti}.",
};
static const char *const leak_post[] = {
    "#$leaktag {is real|is just the start|proves everything}. {Read the files.|Media won't tell you.}",
    "{Don't share|Stop sharing} the $clast {leak|files}, {half of it is fake|it's mixed with forgeries}.",
    "{9|Nine|Several} gigabytes, on election eve. {Who benefits?|Classic.}",
    "{#$leaktag|Leaked} {documents|emails}: $clast {lied|hid money|is finished}. {RT!|Share before deleted!}",
};

static const char *const poll_event[] = {
    "the latest poll", "the new survey", "the polls", "the poll of polls", "the tracking poll",
};
static const char *const poll_head[] = {
    "{Poll|Survey}: $cand {leads|edges ahead|slips} {with|at} $pct",
    "$pollster poll shows $clast {and|ahead of|neck and neck with} $c2last",
    "{Some|Nearly} $pct of French {voters|people} want $c2last to {withdraw|quit the race|step aside}, poll says",
    "{Race tightens|Gap narrows|Lead widens} {as|in} $pollster {survey|poll} {puts|has} $clast {at|on} $pct",
    "{Undecided|Floating} voters {could|may} {decide|swing} the {race|first round}, {polls show|survey finds}",
    "{Can polls be trusted|Are the polls wrong} after {Brexit|the US election}?",
};
static const char *const poll_sent[] = {
    "{A|The} $pollster {poll|survey} {published|released} $tod $weekday {put|gave|showed} $cand {at|on|with} $pct of {voting intentions|the vote|first-round intentions}, {ahead of|behind|level with} $cand2 {on $pct|at $pct}.",
    "{The|This} survey of $many {people|adults|registered voters} {was conducted|was carried out|took place} {online|by telephone} {between $date and the following $weekday|on $date|over $small days} and {has|carries} a margin of error of {two|three|2.5} points.",
    "{Around|Nearly|Some} $pct of the $many {respondents|people polled} in $region {said|told pollsters} they {had not yet decided|could still change their mind|were unsure}, {against|compared with} $pct {nationally|a month earlier|in the previous wave}, $first $last of $pollster {said|noted}.",
    "$clast {has|had} {gained|lost|dropped} $small points {since|compared with} {the previous survey|early March|the last debate}, {according to|said} $first $last, {who runs|director of} {polling|political studies} at $pollster.",
    "{Turnout|Participation} {is|was} {expected|forecast|projected} at $pct, {one of the lowest|among the weakest|close to the record low} {since|in} {1969|2002|decades}, with {barely|only} $pct of $voters {certain to vote|sure to turn out}, $expert {said|noted} $when.",
    "{Pollsters|Analysts} {caution|warn} that the {gaps|margins} {remain|are} {within|close to} the margin of error, {and|while} $expert {noted|said} that $voters in $region {remain|are} {volatile|hard to reach}.",
    "{In|For} the {run-off|second round}, the {poll|survey} of $many voters {suggests|projects|shows} $clast {would beat|would defeat|would narrowly lose to} $c2last by $pct to $pct, $first $last of $pollster {said|told $media}.",
    "$expert said the {numbers|results|figures} {published $when|released by $pollster} {reflected|showed|pointed to} a {fragmented|volatile|polarised} electorate {split|divided} over $issue and $issue.",
    "{Commissioned|Paid for} by $media, the {poll|survey} of $many people {was|had been} {criticised|questioned} by $party {for its|over its} {sample|methodology|timing}, $first $last, {a party official|its spokesperson}, {said|wrote} $when.",
    "{Online|Social media} {accounts|pages} {shared|circulated} a {fake|doctored|fabricated} poll {showing|that showed} $c2last {far ahead|in the lead} {on $pct|with $pct} {at least $count|$many} times, {which|something} $pollster {denied|said it never published} $when.",
    "{In|Among} $voters, $clast {polls|scores|stands at} $pct {against|compared with} $pct for $c2last, a gap of $small points {that|which} {has|had} {barely moved|doubled|halved} since $date.",
};
static const char *const poll_event_fr[] = {
    "le dernier sondage", "l'enquête d'opinion", "les sondages", "la dernière vague du baromètre",
};
static const char *const poll_head_fr[] = {
    "Sondage : $cand {en tête|en recul} avec $pctfr",
    "Présidentielle : l'écart se resserre entre $clast et $c2last",
    "Les indécis, arbitres du premier tour",
    "Sondage : $clast gagne du terrain chez $electeursfr",
};
static const char *const poll_sent_fr[] = {
    "Selon {une enquête|un sondage} $pollster publié $momentfr auprès de $manyfr personnes, $cand {recueille|obtient} $pctfr des intentions de vote, {devant|derrière|à égalité avec} $cand2 {à|avec} $pctfr.",
    "Près de $pctfr des $manyfr personnes interrogées {$regionfr|parmi $electeursfr} se disent encore indécises, contre $pctfr {à l'échelle nationale|un mois plus tôt|lors de la vague précédente}, {selon|d'après} $first $last, {responsable|à la tête} des études de $pollster.",
    "La marge d'erreur de cette enquête {menée auprès de|réalisée auprès de} $manyfr personnes {est de|atteint} {deux|trois|2,5} points, {rappelle|souligne|précise} $first $last, {responsable|à la tête} des études politiques de $pollster.",
    "$clast a {gagné|perdu} $small points depuis {la précédente enquête|début mars|le dernier débat}, {selon|d'après} $first $last, $rolefr à $institutfr, {sur $mediafr|dans un entretien accordé $momentfr}.",
    "La participation est {attendue|estimée} à $pctfr {$regionfr|à $city2}, {l'un des niveaux les plus bas|un niveau proche du record} depuis {1969|2002|des décennies}, et {seuls|à peine} $pctfr {de|parmi} $electeursfr se disent certains d'aller voter, selon une enquête publiée $momentfr.",
    "Au second tour, $clast {battrait|l'emporterait sur|serait battu$e par} $c2last avec $pctfr contre $pctfr, selon {cette enquête réalisée|ce sondage réalisé} auprès de $manyfr électeurs $momentfr.",
    "Un faux sondage donnant $c2last {largement en tête|vainqueur} avec $pctfr a été partagé $manyfr fois, {ce que|une publication que} $pollster a {démenti|dénoncé} $momentfr.",
    "$expertfr {estime|juge} que ces {chiffres|résultats} traduisent un électorat {fragmenté|volatil|polarisé}, divisé sur $enjeu et $enjeu.",
    "{Commandée|Financée} par $mediafr, l'enquête menée auprès de $manyfr personnes a été {critiquée|contestée} par $partifr pour {son échantillon|sa méthode|son calendrier}, {a indiqué|a écrit} $first $last $momentfr.",
    "Chez $electeursfr, $clast {obtient|recueille} $pctfr contre $pctfr pour $c2last, un écart de $small points {qui n'a guère bougé|qui a doublé|qui s'est réduit} depuis le $datefr, {selon|d'après} $first $last, de $pollster.",
};
static const char *const poll_post[] = {
    "{New poll:|Poll:} $clast $pct. {Game on.|Wow.|Don't believe it.} #$ctag",
    "{Polls were wrong on Brexit|Polls are fake news}. $c2last {will win|is winning}. #$ctag2",
    "{$pct undecided.|Still $pct undecided.} {A few days out.|Days to go.} {Anything can happen.|Wild.}",
};

static const char *const debate_event[] = {
    "the televised debate", "the debate", "the head-to-head", "the final debate",
};
static const char *const debate_head[] = {
    "{Fiery|Bitter|Chaotic} TV debate {pits|sets} $clast against $c2last",
    "{Five|Key|Main} takeaways from the {presidential|final|televised} debate",
    "$cand and $cand2 clash over $issue in {televised|final|heated} debate",
    "{Fact check|Reality check}: what $clast {got wrong|said} in the debate",
    "{Who won|Winner and losers of} the debate? {Viewers|Polls|Snap polls} {split|favour $clast}",
};
static const char *const debate_sent[] = {
    "{In|During} a {two-hour|three-hour|nearly three-hour} {debate|exchange} {watched by|followed by|seen by} {some|about|nearly} $small million viewers {from $time|until $time}, $clast and $c2last {clashed|sparred|traded barbs} over $issue and $issue.",
    "$clast {accused|attacked} $c2last of {being|acting as} \"{the candidate of|a puppet of|the heir of} {the system|the banks|the outgoing government}\" {$count minutes|barely $small minutes} into the {debate|broadcast} {at $time|on $weekday}, {drawing|prompting} {jeers|applause|laughter} from the $dozens guests in the studio.",
    "{A snap poll|An instant survey} of $many viewers by $pollster {found|showed} that $pct {judged|found} $clast {more convincing|the winner|more presidential}, against $pct for $c2last, $first $last of $pollster {said|told $media}.",
    "{The moderators|The hosts}, $first $last and $first $last, {struggled|failed|tried in vain} to {keep|hold} the {candidates|exchange} {to time|on topic|in check}, {cutting in|intervening} $dozens times {in the first hour|by $time}.",
    "$c2last {repeated|made|advanced} a {claim|rumour|suggestion} about $clast's {offshore account|finances|past} {that|which} {fact-checkers|$count newsrooms} {debunked|showed to be false} {within $small minutes|before $time|by the next morning}, $first $last of $media {said|wrote} $when.",
    "{On|Over} $issue, {the two|both} {candidates|rivals} {set out|presented|defended} {sharply different|opposing|irreconcilable} {plans|programmes} {at $time|on $weekday}, {one promising|$clast promising} {$count billion euros|$many new jobs|$small new measures} {and the other|while $c2last promised} {cuts|a referendum|a freeze}.",
    "{Viewers|Online users} {posted|sent} {more than|about} $many {messages|posts} {during|about} the debate, {with|and} #$ctag {trending|among the top topics} {from $time|until $time|for $small hours}.",
    "{It was|This was} {the first|the only|the last} {time|debate} {in French history|since 2002|this year} {that|in which} {all|the main} candidates {faced|met} {each other|one another} on television, {before|in front of} an audience of $count {guests|students|voters from $region}, $expert {noted|said}.",
    "$witness {who watched|who followed} the {debate|broadcast} {in a bar in $city2|at home|with friends}, said {the evening|the debate} had been {\"a waste of time\"|\"more confusing than ever\"|\"finally convincing\"} on $issue.",
    "{Asked|Pressed} about $issue {at $time|in the last $small minutes|near the end}, $clast {promised|pledged} {$count billion euros|a referendum|a new law} {within|in} {$small months|a hundred days}, a {figure|pledge} $first $last of $institute {called|described as} \"{unrealistic|vague|costly}\".",
    "{Fact-checkers|Newsrooms} at $media {counted|listed|flagged} $dozens {false|misleading|unverifiable} {claims|statements} {by|from} $clast and $dozens by $c2last {over|during} the {debate|evening}.",
};
static const char *const debate_event_fr[] = {
    "le débat télévisé", "le face-à-face", "le débat de l'entre-deux-tours", "le grand débat",
};
static const char *const debate_head_fr[] = {
    "Débat : $clast et $c2last s'affrontent sur $enjeu",
    "Ce qu'il faut retenir du débat télévisé",
    "Débat : {passes d'armes|échanges tendus} entre $clast et $c2last",
    "{Vérification|Intox ou vérité} : les affirmations de $clast passées au crible",
};
static const char *const debate_sent_fr[] = {
    "Pendant {près de trois heures|plus de deux heures}, devant {près de|environ|plus de} $small millions de téléspectateurs, $clast et $c2last se sont opposés sur $enjeu et $enjeu, {dès $heure|à partir de $heure|jusqu'à $heure}.",
    "Selon un sondage $pollster réalisé auprès de $manyfr téléspectateurs {dès $heure|dans la soirée du $datefr}, $pctfr {ont jugé|estiment} $clast plus {convaincant$e|crédible}, contre $pctfr pour $c2last, {a indiqué|a précisé} $first $last, de $pollster.",
    "$clast a accusé $c2last d'être {« le candidat du système »|« l'héritier du gouvernement sortant »|« le candidat des banques »} {au bout de $count minutes|après $small minutes|vers $heure}, {provoquant|suscitant} {des huées|des applaudissements|des rires} parmi les $dozens invités du plateau, {selon|d'après} $first $last, de $mediafr.",
    "Les animateurs, $first $last et $first $last, ont {dû intervenir|tenté d'intervenir} $dozens fois pour {faire respecter|tenir} les temps de parole {avant $heure|dès la première heure}.",
    "{Plus de|Environ} $manyfr messages ont été publiés pendant l'émission, et le mot-dièse #$ctag est resté en tête des tendances {jusqu'à $heure|pendant $small heures|dès $heure}, {selon|d'après} $first $last, $rolefr à $institutfr.",
    "$temoinfr qui a suivi le débat {dans un café de $city2|en famille|avec des amis}, estime que la soirée {« n'a rien changé »|« a tout changé »|« était une perte de temps »} sur $enjeu.",
    "Les vérificateurs de $mediafr, {dont|parmi lesquels} $first $last, ont relevé $dozens affirmations {fausses|trompeuses|invérifiables} chez $clast et $dozens chez $c2last {au cours de la soirée|pendant l'émission}.",
    "$clast, interrogé$e sur $enjeu {vers $heure|dans les $small dernières minutes|en fin d'émission}, a promis {$count milliards d'euros|un référendum|une loi} {dans les $small mois|dans les cent jours}, une promesse jugée {« irréaliste »|« floue »|« coûteuse »} par $first $last, $rolefr.",
    "$c2last a repris une {rumeur|allégation} sur {le patrimoine|le passé|un compte à l'étranger} de $clast, {démentie|démontée} {en $small minutes|avant $heure|le lendemain matin} par $dozens rédactions, dont celle de $mediafr, {selon|d'après} $first $last.",
    "C'était {la première fois|la seule fois} {depuis 2002|cette année|dans l'histoire de la Ve République} que {tous les|les principaux} candidats se retrouvaient face à face, devant $count {invités|étudiants|électeurs venus $regionfr} et $small millions de téléspectateurs, {selon|d'après} $first $last, $rolefr.",
};
static const char *const debate_post[] = {
    "$clast {destroyed|crushed|humiliated} $c2last {tonight|in the debate}. #$ctag",
    "{Worst|Most pathetic|Best} debate {ever|in years}. $c2last {lied|had no answers} on $issue.",
    "{Did anyone else|Anyone else} {notice|catch} $clast {reading notes|dodging} on $issue? #Debat2017",
};

static const char *const rally_event[] = {
    "the rally", "the campaign rally", "the meeting", "the final rally", "the march",
};
static const char *const rally_head[] = {
    "$cand {draws|rallies} {thousands|crowd of $big} in $city",
    "{Protesters|Activists|Hecklers} {disrupt|interrupt} $clast rally in $city",
    "In $city, $clast {promises|pledges|vows} {action|change|a new start} on $issue",
    "$clast {holds|stages} {final|last|giant} rally {before|ahead of} {the vote|first round|run-off}",
    "{Eggs thrown|Scuffles break out|Tear gas fired} {at|near|outside} $clast {event|rally} in $city",
};
static const char *const rally_sent[] = {
    "{Some|About|More than} $big {supporters|people|activists} {gathered|packed|crowded} {into|in} a {hall|stadium|square|conference centre} in $city {$when|at $time} to {hear|cheer|see} $cand, {many of them|some} {arriving|coming} on $count {coaches|buses|special trains} from $region.",
    "{Organisers|The campaign|Police} {put|estimated|counted} the {crowd|attendance|turnout} at $many, {a figure|a number} {disputed|contested|questioned} by {rivals|the police|local media}, who {counted|spoke of} {barely|fewer than|about} $many.",
    "$clast {spoke|talked|railed} for {almost|about|more than} $dozens minutes about $issue and $issue, {pausing|stopping} $small times {for|as} the crowd {chanted|sang} {\"President!\"|the anthem|$clast's name}.",
    "{A few dozen|Several hundred|Dozens of} {protesters|counter-demonstrators|activists} {gathered|demonstrated|were held back} {outside|nearby|behind police lines} {from $time|until about $time|$when}, {chanting|shouting} {slogans|insults} {against|at} $clast, and $small of them were {arrested|detained} by $count officers.",
    "{In|During} the speech, $clast {promised|pledged|vowed} to {cut|raise|reform|protect} $issue {within|in} {a hundred days|the first year|$small months}, {and|before} {announcing|unveiling} {$count new|a plan for $many} {jobs|homes|police officers} in $region.",
    "{Riot police|Gendarmes|Security staff} {fired tear gas|made $small arrests|intervened} {at $time|$when} {after|when} {scuffles|clashes|fights} {broke out|erupted} {near|at} the {entrance|venue}, {leaving|and} $small people {slightly injured|in need of treatment}.",
    "$witness {said|told $media}: \"I {came|travelled} $count kilometres {to hear|to see} $clast {because|since} {$issue matters more than anything|nobody else talks about $issue|I want change on $issue}.\"",
    "{The rally|The event} in $city, {a town|a city} where $c2last {came|finished} {first|second|ahead} with $pct {in 2012|in the last election|in the regional vote}, {was|was seen as} {a show of force|a challenge|a test} {for|by} $clast, $expert {said|noted}.",
    "{Supporters|Many in the crowd} {waved|carried|held up} {flags|placards|banners} {reading|bearing} \"{France first|Together|Change now|We are the people}\", {and|while} $count volunteers {handed out|distributed} $many {leaflets|badges|T-shirts} {outside|at the gates}.",
    "{The campaign said|Organisers said} the {rally|meeting} had cost {about|some|nearly} $count thousand euros and {drew|attracted} {people from|visitors from} $small {departments|regions} {and|as well as} $dozens {elected officials|mayors|MPs}.",
    "{Earlier|Before the rally|That morning}, $clast {visited|toured|stopped at} a {factory|market|farm|hospital} in $city2 {at $time|$when}, {shaking hands|speaking} with {some|about|nearly} $count {workers|stallholders|residents}.",
};
static const char *const rally_event_fr[] = {
    "le meeting", "le rassemblement", "le grand meeting", "la réunion publique",
};
static const char *const rally_head_fr[] = {
    "À $city, $clast réunit des milliers de partisans",
    "Meeting de $clast à $city : des heurts avec des manifestants",
    "$clast promet d'agir sur $enjeu devant ses partisans",
    "Dernier grand meeting pour $clast avant le premier tour",
};
static const char *const rally_sent_fr[] = {
    "Quelque $bigfr partisans se sont rassemblés $momentfr à $city pour écouter $cand, {beaucoup|certains} arrivés à bord de $count {cars|bus|trains spéciaux} {venus|affrétés} $regionfr.",
    "{Plusieurs centaines|Quelques dizaines|Des dizaines} de manifestants ont été tenus à distance par les forces de l'ordre {à partir de $heure|jusque vers $heure|$momentfr}, {scandant|criant} des slogans hostiles à $clast, et $small d'entre eux ont été interpellés, {selon|d'après} la préfecture de $city2.",
    "$clast a promis d'agir sur $enjeu {dans les cent premiers jours|dès la première année|sous $small mois}, {avant d'annoncer|et a annoncé} {$count nouveaux emplois|un plan de $manyfr logements|$count policiers supplémentaires} $regionfr, devant $manyfr partisans.",
    "Les organisateurs revendiquent $manyfr participants, un chiffre {contesté|mis en doute|jugé exagéré} par {la police|la presse locale|ses adversaires}, qui {en a compté|évoque} {à peine|moins de|environ} $manyfr.",
    "$clast a parlé {pendant près de|pendant plus de|environ} $dozens minutes {sur|à propos de} $enjeu puis sur $enjeu, {interrompu$e|s'arrêtant} $small fois par {les chants|les applaudissements} de la salle.",
    "$temoinfr dit avoir fait $count kilomètres pour {voir|écouter} $clast : « {Pour moi, $enjeu passe avant tout|Personne d'autre ne parle vraiment de ça|Je veux que ça change sur $enjeu} ».",
    "{Des gendarmes sont intervenus|Les forces de l'ordre ont fait usage de gaz lacrymogène|Le service d'ordre a procédé à $small interpellations} {vers $heure|$momentfr} après des {échauffourées|heurts|bousculades} à l'entrée, faisant $small blessés légers, {selon|d'après} la préfecture de $city2.",
    "Ce meeting à $city, où $c2last était arrivé$e {en tête|deuxième} avec $pctfr {en 2012|lors des régionales|au dernier scrutin}, {faisait figure de|avait valeur de} {démonstration de force|test|défi}, {selon|d'après} $first $last, $rolefr à $institutfr.",
    "{Plus tôt dans la journée|Le matin même|Avant le meeting}, $clast {avait visité|s'était rendu$e dans} {une usine|un marché|une exploitation agricole|un hôpital} {près de|à} $city2 {vers $heure|$momentfr}, à la rencontre de $count {salariés|commerçants|habitants}.",
    "Dans la salle, $count bénévoles distribuaient $manyfr {tracts|badges|drapeaux} {à l'entrée|aux portes} {dès $heure|$momentfr}, {tandis que|pendant que} la foule {agitait|brandissait} des pancartes {« La France d'abord »|« Ensemble »|« Le changement maintenant »}.",
};
static const char *const rally_post[] = {
    "{Huge|Incredible|Massive} crowd for $clast in $city {tonight|today}! #$ctag",
    "{Paid|Bused-in} crowd. $clast rally, $city. {Media won't show you.|Look closely.}",
    "{Eggs|Scuffles|Chaos} at $clast's rally. $city, {tonight|today}. {Disgraceful.|Who organised this?}",
};

static const char *const econ_event[] = {
    "the economic programme", "the jobs figures", "the budget plan", "the unemployment data",
    "the spending pledges",
};
static const char *const econ_head[] = {
    "$clast {unveils|presents|details} {$num-billion euro|costed|new} plan on $issue",
    "Unemployment {rises|falls|edges} to $pct, {weighing on|boosting} $clast campaign",
    "{Economists|Business leaders|Markets} {warn|worry} over $c2last {plans|pledges} on $issue",
    "{How much would|The cost of} $clast {programme|promises} {cost|add up}?",
    "{Euro exit|Leaving the euro} plan {divides|splits|worries} $party",
};
static const char *const econ_sent[] = {
    "$agency {said|reported} $when that {unemployment|the jobless rate} {stood at|rose to|fell to} $pct in the {first|last} quarter, {with|and} $many {more|fewer} jobseekers {in $region|than a year earlier|under 25}.",
    "$clast's {programme|plan} {would cost|is expected to cost|foresees spending of} {some|about|nearly} $count billion euros over {five years|the term|the next parliament}, {according to|said} {the campaign|$institute}, {which|and} {counted|listed} $small {measures|pledges} on $issue.",
    "{Economists|Analysts} at $institute, {led by|including} $first $last, {said|warned|estimated} that {leaving the euro|the plan|the tax cuts} {could|would} {cost|add} {the country|households} {up to|as much as} $count billion euros {by 2022|within $small years|a year}.",
    "$c2last {called|branded|described} the {plan|proposal|costings} {\"fantasy\"|\"irresponsible\"|\"a fairy tale\"} {in $city2|on $media} $when, {saying|arguing} it {ignored|would worsen} $issue {for|among} $voters.",
    "{The|France's} public deficit {remained|stayed|was} {above|close to|just below} the European limit of three percent {at $pct of output|in $small of the last twenty quarters|according to figures released on $date}, $first $last, an economist at $institute, {said|noted} $when.",
    "{Business leaders|Employers|Unions} {in $region|in $city2|representing $many firms} {welcomed|criticised|questioned} the {pledge|plan|promise} to {cut|reform|raise} $issue, $first $last, {who speaks for|president of} a {federation|union|chamber} of $count {companies|members}, {said|told $media}.",
    "{Bond|Financial} markets {reacted|moved|wobbled} {nervously|sharply|slightly} {after|as} $clast {rose|climbed|fell} in the polls, with the spread {widening|narrowing} to $count basis points {by $time|on $date}, $first $last, a $expertrole at $institute, {said|noted}.",
    "$witness said {prices|bills|rents} had {risen|gone up} by {about|nearly|more than} $count euros a month {since|over} {last year|the past $small years}, and that {neither|none} of the candidates {had|offered} {an answer|a credible plan}.",
    "{Figures|Data} {published|released} by $agency $when {showed|suggested} that $many {firms|jobs|households} {in $region|in the $issue sector|nationwide} {had been|were} {created|lost|hit} {in $small months|since $date}.",
    "{A spokesman|A spokeswoman|An adviser} for $clast, $first $last, {said|insisted} the {plan|programme} {would be|was} {financed|funded|paid for} by {$count billion euros of savings|cutting $many civil service jobs|a tax on $issue}, a claim $expert {disputed|questioned}.",
    "{In|Across} $region, $pct of {small firms|shops|farms} {said|told pollsters} they {expected|feared} {layoffs|losses|closures} {in $small months|before the summer|this year}, {a survey|a study} by $institute {published $when|of $count firms} {found|showed}.",
};
static const char *const econ_event_fr[] = {
    "le programme économique", "les chiffres du chômage", "le chiffrage du programme",
    "les promesses budgétaires",
};
static const char *const econ_head_fr[] = {
    "Chômage : le taux atteint $pctfr au premier trimestre",
    "Le programme de $clast chiffré à $num milliards d'euros",
    "Sortie de l'euro : les économistes s'inquiètent",
    "Pouvoir d'achat : ce que proposent $clast et $c2last",
};
static const char *const econ_sent_fr[] = {
    "Selon $agencefr, le taux de chômage s'établit à $pctfr au premier trimestre, avec $manyfr demandeurs d'emploi {de plus|de moins} {$regionfr|qu'il y a un an|chez les moins de 25 ans}, {a indiqué|a précisé} $first $last, {porte-parole|responsable des statistiques} $momentfr.",
    "Le programme de $clast coûterait quelque $count milliards d'euros sur {cinq ans|le quinquennat|la législature}, selon {$institutfr|l'équipe de campagne}, qui {recense|compte} $small mesures sur $enjeu dans un document publié $momentfr.",
    "{Les économistes|Les analystes} de $institutfr, dont $first $last, estiment qu'une sortie de l'euro pourrait coûter {jusqu'à|près de} $count milliards d'euros {aux ménages|au pays} {d'ici 2022|en $small ans|chaque année}.",
    "$c2last a qualifié ce {programme|chiffrage} de {« fantaisiste »|« irresponsable »|« conte de fées »} {à $city2|sur $mediafr} $momentfr, estimant qu'il {ignorait|aggraverait} $enjeu pour $electeursfr.",
    "Le déficit public reste {au-dessus|proche|juste en dessous} de la limite européenne de 3 %, {à $pctfr du PIB|depuis $small ans|selon les chiffres du $datefr}, a rappelé $momentfr $first $last, $rolefr.",
    "{Les chefs d'entreprise|Le patronat|Les syndicats} {$regionfr|de $city2|représentant $manyfr entreprises} ont {salué|critiqué|mis en doute} la promesse de {réformer|baisser|augmenter} $enjeu, {a indiqué|a déclaré} $first $last, {qui préside une|porte-parole d'une} fédération de $count {entreprises|adhérents}.",
    "Les marchés ont réagi {nerveusement|vivement|modérément} à la progression de $clast dans les sondages, l'écart de taux {se creusant|se resserrant} à $count points de base {vers $heure|$momentfr}, {selon|d'après} $first $last, $rolefr.",
    "$temoinfr explique que {ses factures|son loyer|ses courses} ont augmenté de {près de|plus de|environ} $count euros par mois {depuis l'an dernier|en $small ans}, et qu'{aucun candidat|aucun programme} n'apporte de {réponse|solution} {crédible|concrète}.",
    "Selon des chiffres publiés par $agencefr $momentfr, $manyfr {emplois|entreprises|ménages} {$regionfr|à $city2|en France} ont été {créés|détruits|touchés} {en $small mois|depuis le $datefr}.",
    "{Le porte-parole|L'équipe} de $clast assure que le programme sera financé par {$count milliards d'euros d'économies|la suppression de $manyfr postes de fonctionnaires|une taxe sur $enjeu}, ce que conteste $first $last, $rolefr à $institutfr.",
    "{Selon|D'après} une enquête de $institutfr {publiée $momentfr|menée auprès de $count entreprises}, $pctfr des {petites entreprises|commerçants|exploitants agricoles} $regionfr {craignent|prévoient} {des licenciements|des pertes|une fermeture} {d'ici l'été|cette année|dans les $small mois}.",
};
static const char *const econ_post[] = {
    "$clast's plan costs $num billion and {nobody|no one} {asks|wonders} who pays. #$ctag",
    "Unemployment at $pct {and they|while they} talk about {hacks|Russia|leaks}. {Priorities.|Wake up.}",
};

static const char *const disinfo_event[] = {
    "the disinformation campaign", "the fake news reports", "the rumours",
    "the false stories", "the coordinated campaign",
};
static const char *const disinfo_head[] = {
    "$clast campaign accuses $media and {state media|foreign outlets} of spreading {false news|fake stories}",
    "{Fact-checkers|Newsrooms} {team up|join forces} against fake news before vote",
    "{Rumours|False claims} about $clast {private life|health|finances} {spread|go viral} online",
    "{Bots|Networks of fake accounts|Coordinated accounts} {push|amplify|spread} anti-$clast {hashtag|messages|stories}",
    "{Two|Several} {state-controlled|foreign} outlets {broadcast|spread} false news daily, says $clast {aide|campaign}",
    "$capital {dismisses|denies} accusation of {media|information} meddling in French vote",
};
static const char *const disinfo_sent[] = {
    "$official $name {again|repeatedly} {pointed the finger at|accused} {state-controlled media|outlets} {in|from} $country $when, saying they {had spread|relayed} $count \"{defamatory|false|invented}\" {rumours|stories} about $clast {since $date|in $small weeks}.",
    "\"Today, we have to look at the facts: {two|several} {major|large} media platforms that belong to {the|a foreign} state {broadcast|spread} false news daily,\" $name $said {in $city2|on $media} $when, {citing|pointing to} $count {stories|reports}.",
    "{A|One} {study|report|analysis} by $institute of $many {links|stories|articles} shared {about|on} the election {between January and $date|since $date} found that {about|some|nearly} $pct {came from|pointed to} {junk|unreliable|hyper-partisan} sites.",
    "{Researchers|Analysts} {led by|including} $first $last {identified|mapped|tracked} {a network of|about} $many {accounts|bots|profiles} {that|which} {posted|shared} the {same|identical} {messages|links} within {$small seconds|$small minutes} of each other {on $date|$when}.",
    "{Facebook|A major social network|The platform} {said|announced} $when it had {suspended|removed|taken down} {some|about} $many {fake accounts|pages} in France {ahead of|before} the {vote|first round}, {after|following} {a review|an investigation} of $count {networks|clusters}.",
    "{Many|Most|Several} of the {stories|articles|posts} {were|had been} {copied|lifted|republished} {word for word|almost verbatim|with minor changes} {by|on} $dozens {small|anonymous|little-known} sites {within|in} {$small hours|a day|$count minutes}, $expert {found|said}.",
    "{The|An} {editor|spokeswoman} {at|for} $media, $first $last, {rejected|denied|dismissed} the {charge|claims|accusation} $when, {calling it|describing it as} \"{an attack on press freedom|censorship|a witch hunt}\".",
    "{Fact-checkers|Journalists} from $dozens {newsrooms|organisations} {joined|took part in} a {collaborative|joint} {project|effort} {launched on $date|coordinated from $city2} to {verify|debunk|check} {claims|stories|rumours}, {and|which} {has|had} {checked|flagged} $many {so far|since}.",
    "$expert said the {campaign|operation} {aimed|seemed designed} {less to convince than|not so much to persuade as} to {sow doubt|confuse|tire} $voters {in $region|on $issue|ahead of $weekday}.",
    "$witness said {a relative|a colleague|a neighbour} had {sent|forwarded} {a video|a screenshot|an article} {about|claiming that} $clast {was ill|hid money|had lied on $issue} {$small times|on $weekday}, and that {it|the story} {turned out|proved} to be {false|fabricated}.",
    "{A|One} {fabricated|doctored|fake} {quote|video|screenshot} {attributed to|showing} $clast {on $issue|about $issue} was {viewed|shared} {more than|nearly} $many times {in|within} {$small hours|a day} before $media {debunked|exposed} it $when.",
};
static const char *const disinfo_event_fr[] = {
    "la campagne de désinformation", "les fausses informations", "les rumeurs",
    "les intox", "l'opération coordonnée",
};
static const char *const disinfo_head_fr[] = {
    "Fausses informations : la campagne de $clast accuse des médias étrangers",
    "Les rédactions s'unissent contre les rumeurs en ligne",
    "Des réseaux de faux comptes visent $clast",
    "Rumeurs sur $clast : les vérificateurs à l'œuvre",
};
static const char *const disinfo_sent_fr[] = {
    "Selon une étude de $institutfr portant sur $manyfr liens partagés {depuis le $datefr|depuis janvier}, près de $pctfr renvoyaient vers des sites {peu fiables|hyper-partisans|de propagande}, {explique|souligne} $first $last, {qui l'a coordonnée|l'une des auteurs}.",
    "{Des chercheurs|Des analystes}, dont $first $last, ont repéré $manyfr comptes qui ont relayé les mêmes messages à {$small secondes|quelques secondes|$small minutes} d'intervalle $momentfr.",
    "$count rédactions ont lancé {le $datefr|à $city2} un projet commun de vérification des rumeurs, qui a déjà {examiné|signalé} $manyfr {contenus|publications}.",
    "$ministrefr a {accusé|mis en cause} $momentfr des médias {contrôlés par|proches de} $paysfr d'avoir diffusé $count {rumeurs|informations fausses} sur $clast {depuis le $datefr|en $small semaines}.",
    "{Un réseau social|La plateforme|Facebook} a {supprimé|suspendu} {quelque|environ} $manyfr {faux comptes|pages} en France $momentfr, après {l'examen|une enquête portant sur} $count {réseaux|groupes}.",
    "{Beaucoup|La plupart|Plusieurs} de ces {articles|textes} ont été {recopiés|repris} {mot pour mot|presque à l'identique|avec de légères retouches} par $dozens sites {anonymes|peu connus} en {$small heures|moins d'une journée}, {relève|constate} $first $last, $rolefr.",
    "{Le rédacteur en chef|La porte-parole} de $mediafr, $first $last, a {rejeté|démenti} ces accusations $momentfr, y voyant {« une atteinte à la liberté de la presse »|« de la censure »|« une chasse aux sorcières »}.",
    "$temoinfr raconte qu'{un proche|un collègue|un voisin} lui a {envoyé|transféré} {une vidéo|une capture d'écran|un article} affirmant que $clast {était malade|cachait de l'argent|avait menti sur $enjeu}, {une information|un contenu} qui s'est révélé {faux|fabriqué}.",
    "{Une fausse citation|Une vidéo truquée|Une capture d'écran trafiquée} attribuée à $clast sur $enjeu a été {vue|partagée} {plus de|près de} $manyfr fois en {$small heures|une journée} avant d'être démentie par $mediafr $momentfr.",
    "Pour $first $last, $rolefr à $institutfr, l'opération {cherche|vise} moins à convaincre qu'à {semer le doute|brouiller les repères|lasser} chez $electeursfr {$regionfr|sur $enjeu}.",
};
static const char *const disinfo_post[] = {
    "{MSM|Media} {hides|buries} this about $clast. {Share!|RT before it's deleted!|Wake up!}",
    "{Fake news|Disinformation} {everywhere|again} about $clast. {Check your sources.|Report these accounts.}",
    "{Who funds|Who is behind} $clast? {Follow the money.|Ask the banks.} #$ctag2",
};

static const char *const sec_event[] = {
    "the security operation", "the attack", "the terror alert", "the police deployment",
};
static const char *const sec_head[] = {
    "{Police officer killed|Gunman opens fire|Attack} on {Champs-Elysees|boulevard} days before vote",
    "{Thousands of|$big} police {deployed|mobilised} to {secure|protect} polling stations",
    "$minister {raises|maintains} {terror|security} alert {ahead of|before} {vote|first round}",
    "{Security|Terrorism} {takes centre stage|dominates} {final days|last days} of campaign",
};
static const char *const sec_sent[] = {
    "{Some|About|More than} $big {police officers|gendarmes|soldiers} {will be|were} {deployed|mobilised|on duty} {to protect|around} the $many polling stations {of $region|in the country}, $mlast $said $when.",
    "{A|One} police officer {was killed|died} and $small {others|people} {were wounded|were injured} {when|after} a gunman {aged $age|in his twenties|in his thirties} opened fire in $city {at $time on $weekday|on the evening of $date}, {prosecutors|police} said, {citing|after questioning} $count witnesses.",
    "$clast {suspended|cancelled|called off} {a campaign event in $city2|$small rallies|a planned visit to $city2} {after|following} the {attack|shooting}, while $c2last {called for|demanded} {tougher|new} {measures|border controls} {in a speech at $time|on $media} $when.",
    "{Prosecutors|Investigators} {said|confirmed} $when that the {suspect|attacker}, {aged $age|a $age-year-old man}, {had been|was} known to {police|the intelligence services} and {had|was} {a criminal record|under surveillance} {since $date|for $small years}.",
    "{The|A} state of emergency, {in place|imposed} since {November 2015|the Paris attacks}, {remains|was extended} in force {until|through} {July|the summer}, {allowing|with} $count {house searches|arrests} {in $region|since $date}, $first $last of $institute {said|noted} $when.",
    "{Candidates|Campaigns} {were urged|were asked} {by $minister|by $official $name} $when not to {exploit|politicise} the {tragedy|attack|events}, {a call|an appeal} {largely|partly} {ignored|heeded} {within $small hours|by $time|before $weekday}, $expert {noted|said}.",
    "$witness who {was|happened to be} {nearby|on the boulevard|in a cafe} {at about $time|$when}, said {people|passers-by} {ran|hid|fled} {into shops|behind cars|into the metro} as {$small shots|gunfire|several shots} {rang out|were heard}.",
    "{Security|Police presence} at {polling stations|town halls} in $city2 {will be|was} {doubled|reinforced|stepped up}, {with|and} $count {extra|additional} officers {on duty|deployed} {from $time|on $weekday|until the count ends}, the {prefect|mayor}, $first $last, {said|announced}.",
    "$mlast {chaired|convened|held} {a crisis meeting|an emergency meeting} {at $time|$when} with $dozens {prefects|security chiefs|officials}, and {then|later} {announced|ordered} {$many extra officers|new checks|patrols} {in $region|near polling stations}.",
    "$expert said the {attack|shooting} {could|might} {shift|sway|affect} {the vote|turnout} by {as much as|up to|about} $small points, {especially|notably} {among $voters|in $region}.",
    "{The|A} {man|suspect} {was arrested|was detained} in $city2 {at $time on $weekday|on $date} {carrying|with} $small {knives|weapons|explosive devices}, {raising|prompting} {fears|warnings} of {another|a further} {attack|plot} {before|ahead of} the vote.",
};
static const char *const sec_event_fr[] = {
    "l'attaque", "le dispositif de sécurité", "l'alerte terroriste", "la fusillade",
};
static const char *const sec_head_fr[] = {
    "Plus de $bigfr policiers mobilisés pour sécuriser le scrutin",
    "Attaque à $city : la campagne suspendue",
    "Sécurité : l'état d'urgence prolongé jusqu'à l'été",
    "Après l'attaque, les candidats divisés sur la réponse",
};
static const char *const sec_sent_fr[] = {
    "Quelque $bigfr policiers et gendarmes seront mobilisés pour protéger les $manyfr bureaux de vote {$regionfr|du pays}, a {annoncé|précisé} $ministrefr $momentfr.",
    "L'état d'urgence, en vigueur depuis {novembre 2015|les attentats de Paris}, {restera|a été prolongé} jusqu'à {l'été|juillet}, {permettant|avec} $count {perquisitions|interpellations} {$regionfr|depuis le $datefr}, {a rappelé|a précisé} $ministrefr $momentfr.",
    "Un policier a été tué et $small autres personnes blessées {lorsqu'un|quand un} homme {de $age ans|âgé de $age ans} a ouvert le feu à $city {$jourfr vers $heure|dans la soirée du $datefr}, {selon le parquet|selon la police}, qui a entendu $count témoins.",
    "$clast a {annulé|suspendu|reporté} {un déplacement à $city2|$small meetings|une réunion publique à $city2} après l'attaque, tandis que $c2last {réclamait|exigeait} des {mesures|contrôles aux frontières} {plus stricts|renforcés} {vers $heure|sur $mediafr} $momentfr.",
    "L'assaillant, {âgé de $age ans|un homme de $age ans}, était connu {des services de police|des services de renseignement} et {faisait l'objet d'une surveillance|avait un casier judiciaire} {depuis le $datefr|depuis $small ans}, {a indiqué|a précisé} le parquet $momentfr.",
    "$temoinfr qui se trouvait {à proximité|sur le boulevard|dans un café} {vers $heure|$momentfr}, raconte que les passants ont {couru|fui} {vers les magasins|derrière les voitures|dans le métro} en entendant {$small détonations|des coups de feu}.",
    "La sécurité des bureaux de vote de $city2 sera {renforcée|doublée}, avec $count {policiers|agents} supplémentaires {à partir de $heure|$jour|jusqu'à la fin du dépouillement}, a {annoncé|indiqué} le {préfet|maire}, $first $last.",
    "$ministrefr a réuni {une cellule de crise|une réunion d'urgence} {vers $heure|$momentfr} avec $dozens {préfets|responsables de la sécurité}, avant d'annoncer {$manyfr agents supplémentaires|$count contrôles|$count patrouilles} {$regionfr|près des bureaux de vote de $city2}.",
    "Selon $first $last, $rolefr à $institutfr, l'attaque pourrait {peser sur|modifier} {le vote|la participation} {de|d'environ} $small points, {notamment|en particulier} {chez $electeursfr|$regionfr}.",
    "Les candidats ont été appelés par $ministrefr à ne pas {exploiter|récupérer} {le drame|l'attaque} $momentfr, un appel {largement|en partie} {ignoré|entendu} {en $small heures|dès $heure|avant $jourfr}, {selon|d'après} $first $last, $rolefr.",
};
static const char *const sec_post[] = {
    "{Another|A new} attack in $city. {When will they act?|Enough.|Thoughts with the victims.} #$ctag2",
    "$big police on duty. {Stay safe.|Go vote anyway.|This is our country now?}",
};

static const char *const eu_event[] = {
    "the debate over Europe", "the euro question", "the EU row", "the Brussels summit",
};
static const char *const eu_head[] = {
    "$clast {vows|promises} referendum on EU membership",
    "{Brussels|European leaders|Berlin} {watch|fear|brace for} French vote",
    "{Frexit|Leaving the EU}: what $c2last {really|actually} proposes",
    "$cand {meets|visits} {Chancellor|leaders} in $capital, {defends|champions} Europe",
};
static const char *const eu_sent[] = {
    "$c2last {has promised|pledged|vowed} to {hold|organise|call} a referendum on {EU membership|leaving the euro|the European treaties} {within|in} {six months|a year|$small months} of taking office, {a pledge|a promise} {repeated|made again} {in $city2|on $media} $when.",
    "{European|EU} {officials|diplomats|leaders} {are watching|followed|watched} the {campaign|vote|race} {closely|anxiously|nervously}, {fearing|worried about} {a new blow|another shock} after {Brexit|the British referendum}, $first $last, {a diplomat|an official|an adviser} in Brussels, {said|told $media} $when.",
    "$clast {travelled|went|flew} to {Berlin|Brussels|Rome|Madrid} $when to {meet|see|hold talks with} {officials|leaders|the government}, {a trip|a visit} of {$small hours|barely a day} {seen|presented} as {a show of|proof of} {European|international} {credibility|stature}.",
    "{Support|Backing} for the euro {remains|is} {strong|solid|high} {among|with} French voters, {with|at} {about|some|nearly} $pct {in favour|wanting to keep it}, {according to|said} a $pollster {survey|poll} of $many people {published|released} $when.",
    "{A leaving-the-euro|A Frexit} scenario {would cost|could cost} {each household|every household|French savers} {about|up to|as much as} $count euros {a year|in the first year}, {according to|said} $expert.",
    "{Farmers|Fishermen|Exporters} in $region, who {receive|get} {some|about|nearly} $count million euros a year {from|in} {EU funds|European subsidies}, {are|were} {worried|anxious|divided} {about|over} the {referendum|pledge}, {said|according to} $first $last, {who heads|of} a {local union|cooperative}.",
    "$witness said {Europe|the EU} {had|has} {brought|meant} {$issue|higher prices|lost jobs} to $city2, and that {a referendum|leaving} {would|could} {change|fix} {nothing|everything}.",
    "{At|During} a {summit|meeting} in Brussels $when, {European|EU} leaders {avoided|refused} {any|all} comment on the {French|presidential} {race|vote}, {but|though} $dozens {diplomats|officials} {privately|openly} {voiced|expressed} {concern|alarm}.",
    "$clast {described|called} the {euro|single currency} {\"a knife in the back of the French\"|\"a failure\"|\"our protection\"} {in $city2|on $media} $when, {drawing|prompting} {a rebuke|a response} from $minister {within $small hours|the same evening}.",
    "{The|A} {German|Italian|Spanish} {minister|official}, $first $last, {said|warned} {on $date|at $time on $weekday} that {a French exit|a Frexit|a referendum} {would be|could be} {\"the end of the European project\"|\"a catastrophe\"|\"a grave mistake\"}.",
};
static const char *const eu_event_fr[] = {
    "le débat européen", "la question de l'euro", "le référendum promis", "le sommet de Bruxelles",
};
static const char *const eu_head_fr[] = {
    "$c2last promet un référendum sur l'Union européenne",
    "L'Europe s'inquiète de l'issue du scrutin",
    "Sortie de l'euro : ce que propose vraiment $c2last",
    "$cand défend l'Europe à Berlin",
};
static const char *const eu_sent_fr[] = {
    "$c2last promet un référendum sur {la sortie de l'euro|l'appartenance à l'Union|les traités européens} dans les {six mois|$small mois}, une promesse répétée {à $city2|sur $mediafr} $momentfr devant $count {partisans|invités|journalistes}.",
    "Selon {un sondage $pollster réalisé|une enquête $pollster réalisée} auprès de $manyfr personnes $momentfr, près de $pctfr des Français restent attachés à l'euro.",
    "{À Bruxelles|À Berlin|Dans les capitales européennes}, on suit le scrutin avec {inquiétude|attention|nervosité}, {confie|reconnaît} $first $last, {diplomate|conseiller} {européen|à la Commission}, $momentfr.",
    "$clast s'est rendu$e à {Berlin|Bruxelles|Rome|Madrid} $momentfr pour {rencontrer|s'entretenir avec} {des dirigeants|le gouvernement|des responsables}, un déplacement de {$small heures|moins d'une journée} destiné à {asseoir|montrer} sa stature {européenne|internationale}, {selon|d'après} $first $last, {porte-parole|membre de l'équipe}.",
    "Une sortie de l'euro coûterait {environ|jusqu'à|près de} $count euros par an à chaque ménage, {selon|d'après} $first $last, $rolefr à $institutfr.",
    "Les {agriculteurs|pêcheurs|exportateurs} $regionfr, qui {touchent|reçoivent} près de $count millions d'euros d'aides européennes par an, {s'inquiètent|sont divisés} {du|sur le} référendum, {selon|d'après} $first $last, {responsable d'un syndicat local|membre d'une coopérative}.",
    "$temoinfr estime que l'Europe a {apporté|surtout apporté} {$enjeu|la vie chère|des fermetures d'usines} à $city2 et qu'un référendum ne {changerait|réglerait} {rien|pas grand-chose}.",
    "Lors d'un sommet à Bruxelles $momentfr, les dirigeants européens se sont gardés de {tout commentaire|commenter} sur la présidentielle, mais $dozens {diplomates|responsables} ont exprimé {en privé|ouvertement} leur {inquiétude|préoccupation}, {selon|d'après} $first $last, de $mediafr.",
    "$clast a qualifié l'euro de {« couteau dans le dos des Français »|« échec »|« protection »} {à $city2|sur $mediafr} $momentfr, {s'attirant|provoquant} une réponse {du gouvernement|d'un ministre} {en $small heures|le soir même}, devant $count {journalistes|partisans}.",
    "{Un ministre|Un responsable} {allemand|italien|espagnol}, $first $last, a {averti|estimé} {le $datefr|$momentfr} qu'une sortie de la France serait {« la fin du projet européen »|« une catastrophe »|« une grave erreur »}.",
};
static const char *const eu_post[] = {
    "{Frexit now.|Take back control.|Brussels decides everything.} #$ctag2",
    "{Europe|The EU} {won|lost} {tonight|this week}. $clast {gets it|doesn't}.",
};

static const char *const strike_event[] = {
    "the strike", "the walkout", "the protests", "the transport strike", "the union action",
};
static const char *const strike_head[] = {
    "{Rail|Transport|Refinery} strike {disrupts|hits|paralyses} $city {days|a week} before vote",
    "{Unions|Workers} {march|protest|rally} in $city against $issue reform",
    "$clast {backs|criticises|condemns} {strikers|unions} as {protests|walkouts} spread",
};
static const char *const strike_sent[] = {
    "{Unions|The CGT-Example union|Rail workers} {called|announced|staged} a {strike|walkout|day of action} {on|from} $weekday {over|against} {plans|reforms} {to|that would} {change|cut} $issue, {the first such action|the latest in a series|another walkout} since $date.",
    "{Only|About} {one in three|half of|two in five} {trains|flights|buses} {ran|operated} in $region {on $date|at $time on $weekday}, {according to|said} {the operator|local authorities|the ministry}, {stranding|affecting} {some|about|nearly} $many {commuters|passengers|travellers}.",
    "{Some|About|More than} $many {people|workers|demonstrators} {marched|took to the streets|protested} in $city {from $time|$when}, {police|organisers} {said|estimated}, {while|and} {unions|organisers} {claimed|counted} $many.",
    "$clast {said|argued|insisted} {the strike|the protests} {showed|proved|revealed} {anger|frustration|exasperation} {over|at} $issue, while $c2last {denounced|condemned} {\"hostage-taking\"|\"blockades\"} {in a speech in $city2|on $media} $when.",
    "$witness said {the strike|the walkout} had {cost|added} {about|nearly|more than} $small hours {to|on} {the daily commute|the journey to work}, {but|and} that {the strikers|the unions} {were right|had a point|had gone too far}.",
    "{Refinery|Dock|Lorry} {workers|drivers} {blocked|occupied} $small {depots|sites|roads} {near|around} $city2 {on $date|$when}, {leaving|with} $count {petrol stations|filling stations} {dry|short of fuel} {in $region|by $weekday}.",
    "{The union leader|The head of the union}, $first $last, {said|warned} $when that {the movement|the strike} {would|could} {continue|spread|last} {until|beyond} {the vote|the first round|$date} {unless|if} {the government|candidates} {backed down|failed to listen} on $issue.",
    "{Talks|Negotiations} {between|with} {the ministry|management|the employers} and $dozens union {delegates|representatives} {broke down|ended without agreement|resumed} {at $time|$when} {in $city2|in Paris}, $first $last, {a negotiator|a union official}, {said|told $media}.",
    "{Teachers|Nurses|Postal workers} in $region {joined|backed} the {movement|strike} {on $date|$when}, {with|and} {about|some|nearly} $pct of {staff|schools|offices} {closed|on strike|affected}, {according to|said} the {ministry|union}.",
    "{Businesses|Shops|Restaurants} in $city {lost|reported losses of} {about|some|nearly} $count thousand euros {a day|over $small days} {during|because of} the {strike|blockade}, $first $last, {who speaks for|of} the local {chamber of commerce|traders' association}, {said|told $media}.",
};
static const char *const strike_event_fr[] = {
    "la grève", "le mouvement social", "les manifestations", "la journée de mobilisation",
};
static const char *const strike_head_fr[] = {
    "Grève : le trafic perturbé à $city",
    "Manifestations contre la réforme : $bigfr personnes dans la rue",
    "Les syndicats maintiennent la pression avant le scrutin",
    "Blocages : des stations-service à sec $regionfr",
};
static const char *const strike_sent_fr[] = {
    "Les syndicats appellent à la grève $momentfr contre la réforme {des retraites|du code du travail|de l'assurance chômage}, {une nouvelle journée de mobilisation|la première journée d'action|un nouveau mouvement} depuis le $datefr, a {annoncé|indiqué} $first $last, {porte-parole|responsable} syndical.",
    "Quelque $manyfr manifestants ont défilé à $city {à partir de $heure|$momentfr} selon la police, $manyfr selon les organisateurs.",
    "Seul {un train sur trois|un bus sur deux|un vol sur deux} a circulé $regionfr {le $datefr|$jour vers $heure}, {selon|d'après} {l'opérateur|la préfecture|le ministère}, {touchant|pénalisant} près de $manyfr {usagers|voyageurs}.",
    "$clast {estime|juge} que {la grève|le mouvement} {traduit|révèle} {la colère|l'exaspération} des salariés sur $enjeu, tandis que $c2last dénonce {« une prise d'otages »|« des blocages »} {à $city2|sur $mediafr} $momentfr.",
    "$temoinfr explique que la grève lui {coûte|impose} {près de|plus de} $small heures de trajet {par jour|chaque semaine}, mais que les grévistes {ont raison|n'ont pas tort|vont trop loin}.",
    "Des {routiers|dockers|salariés des raffineries} ont bloqué $small {dépôts|sites|axes} {près de|autour de} $city2 $momentfr, privant $count stations-service de carburant $regionfr.",
    "{Le responsable syndical|Le secrétaire général du syndicat}, $first $last, a {prévenu|averti} $momentfr que le mouvement pourrait {durer|s'étendre} {jusqu'au scrutin|au-delà du premier tour|jusqu'au $datefr} si le gouvernement ne {recule|cède} pas sur $enjeu.",
    "Les négociations entre {le ministère|la direction|le patronat} et $dozens délégués syndicaux ont {échoué|repris|été suspendues} {vers $heure|$momentfr} à {$city2|Paris}, {selon|d'après} $first $last, {négociateur|représentant syndical}.",
    "{Les enseignants|Les infirmiers|Les postiers} $regionfr ont rejoint le mouvement $momentfr, avec {près de|environ} $pctfr {de grévistes|d'établissements fermés}, selon {le ministère|les syndicats}, qui {comptent|recensent} $count {rassemblements|piquets de grève} à $city2.",
    "Les commerçants de $city {disent avoir perdu|estiment leurs pertes à} {près de|environ} $count milliers d'euros {par jour|en $small jours}, {selon|d'après} $first $last, {président de|porte-parole de} {l'association des commerçants|la chambre de commerce}.",
};
static const char *const strike_post[] = {
    "{No trains|Stuck|Strike again} in $city. {Thanks unions.|Solidarity with strikers!} #greve",
    "{Workers|Strikers} {are right|are wrong}. $clast {gets it|doesn't}. #$ctag",
};

#define VG_TOPIC(nm, p)                                                   \
    {nm, VG_LIST(p##_event), VG_LIST(p##_head), VG_LIST(p##_sent),       \
     VG_LIST(p##_event_fr), VG_LIST(p##_head_fr), VG_LIST(p##_sent_fr),  \
     VG_LIST(p##_post)}

const vg_sim_topic vg_sim_topics[VG_SIM_NTOPICS] = {
    [VG_SIM_T_CYBER] = VG_TOPIC("cyberattack", cyber),
    [VG_SIM_T_LEAK] = VG_TOPIC("leak", leak),
    [VG_SIM_T_POLL] = VG_TOPIC("poll", poll),
    [VG_SIM_T_DEBATE] = VG_TOPIC("debate", debate),
    [VG_SIM_T_RALLY] = VG_TOPIC("rally", rally),
    [VG_SIM_T_ECONOMY] = VG_TOPIC("economy", econ),
    [VG_SIM_T_DISINFO] = VG_TOPIC("disinformation", disinfo),
    [VG_SIM_T_SECURITY] = VG_TOPIC("security", sec),
    [VG_SIM_T_EUROPE] = VG_TOPIC("europe", eu),
    [VG_SIM_T_STRIKE] = VG_TOPIC("strike", strike),
};

/* ---- sentences shared by every topic ------------------------------- */

static const char *const generic_en[] = {
    "{With|With just} $small days to go before the first round {on April 23|on Sunday}, $cand {was|is} {campaigning|on the road} in $city2 {$when|at $time}, {while|as} $cand2 {held|chaired} {a meeting|a rally|a press conference} in $city2.",
    "{Eleven|Several|The main} candidates are {running|standing|competing}, {and|but} {polls suggest|surveys show|most analysts expect} {only|just} {four|two|a handful} {have a real chance|can reach the run-off}, $first $last, a $expertrole at $institute, {said|noted} $when.",
    "$cand, {the candidate of|who leads|backed by} $party, {has|had} {campaigned|run} {largely|mostly|above all} on $issue and $issue, {holding|with} $dozens {meetings|rallies|town-hall events} {since $date|in $small weeks}.",
    "{On|Late on|Early on} $weekday, $cand {visited|toured|travelled to} $city2, {where|and} $he {met|spoke to|talked with} $count $voters {in a community hall|at a market|outside a factory} {from $time|at about $time}.",
    "{Meanwhile|At the same time|Elsewhere in the campaign}, $cand2 {sought|tried|attempted} to {shift|turn|steer} {the debate|attention} {back|} to $issue {during|in} {a visit to $city2|an interview with $media|a speech in $city2} $when.",
    "$expert said the {campaign|race|election} {had been|was} {unlike any other|the most unpredictable in decades|dominated by scandals} {and that|while} $voters {in $region|in $city2|} {remained|were} {undecided|volatile|disillusioned}.",
    "$minister, {speaking|interviewed|asked} {on|by} $media $when, said $claim.",
    "$official $name said $claim{ and that|, adding that} $claim.",
    "{The|This} {affair|controversy|episode} {has|had} {overshadowed|dominated|weighed on} the {campaign|final stretch|last weeks} {for|over} {$small days|a week|much of the month}, $first $last, a $expertrole at $institute, {said|wrote} $when.",
    "{Asked about|Questioned on|Pressed on} $event {in $city2|on $media|at $time}, $clast {said|replied|answered} that $claim.",
    "{According to|Citing} {sources close to|people familiar with} the {investigation|campaign|matter}, $media {reported|said|wrote} $when that $claim.",
    "In $city2, {a few|several|dozens of|$count} {activists|volunteers|supporters} of $clast {handed out|distributed} $many {leaflets|flyers} {at|outside} {a market|a station|the town hall} $when.",
    "$clast {also|later|then} {promised|pledged|vowed} to {cut|reform|protect|review} $issue {if elected|once in office|in the first hundred days}, {a measure|a pledge} {costed|estimated} at $count million euros {by $institute|by the campaign} $when.",
    "{Critics|Opponents|Rivals}, {among them|including} $first $last {of $institute|of $media}, {said|argued|pointed out} $when that $clast {had|has} {never|not} {explained|detailed|costed} {how|whether} {the plan|this} would {work|be financed}.",
    "{The|Outgoing} President {Francois|Francoise} {Hollande|Hollier}, {who|having} {decided|chose} not to {run|seek re-election}, {said|stressed} {in $city2|on $media} $when that $claim.",
    "{Members of|Officials from} $party {met|gathered} {behind closed doors|at party headquarters} {$when|at $time on $weekday} to {discuss|debate|agree on} {strategy|the next steps|a response}, $small of them {said|confirmed} {afterwards|later}.",
    "{The|A} {report|statement|note} {published|released|issued} by $agency $when {said|found|concluded} that $claim.",
    "{Turnout|Participation} {in|among} $voters {is|remains|was} {seen|regarded} as {key|decisive|crucial} {to|for} the {outcome|result}, {and|as} {only|barely} $pct of them {voted|turned out} {in 2012|last time|in the regional elections}, $expert {said|noted}.",
    "$clast {denied|rejected|dismissed} {any|all} {wrongdoing|responsibility|involvement} {in $city2|on $media|in a statement} $when {and|but} {promised|offered} to {cooperate|answer questions|explain} {within $small days|before $weekday|to the $count judges}.",
    "{It|This} {was|is} not {the first|the only} {time|occasion} {that|} $event {had|has} {drawn|attracted|caused} {criticism|concern|attention} {abroad|in Brussels}, with $dozens {foreign|European} {newspapers|outlets} {covering|reporting} it {on $date|by $weekday}.",
    "$cand {reacted|responded} {within $small hours|at $time|on $date} {on|with a message on} social media, {saying|writing} that $claim.",
    "{Many|Several|Some} {observers|commentators|analysts}, {among them|including} $first $last {of $institute|of $media}, {compared|likened} {the situation|$event} to {what happened|events} in the United States {in 2016|a few months earlier}.",
    "{A|One} {senior|leading} {figure|member} of $party {in $region|in $city2}, {speaking|who spoke} on condition of anonymity $when, said $claim.",
    "{Some|Several} {analysts|observers}, {among them|including} $first $last of $institute, {said|suggested} the {timing|release} {was|had been} {chosen|calculated} $reason.",
    "$witness said {$issue|the cost of living|security} {mattered|counted} more {to the family|in the neighbourhood|to people around here} than {$event|the scandals|the polls}, {and that|but that} {the choice|the decision} {would|might} {come|be made} {in the polling booth|on Sunday morning|at the last minute}.",
    "{A local|A regional} {official|councillor} in $city2, $first $last, {said|estimated} that {about|some|nearly} $count {people|residents|volunteers} had {signed up|registered|volunteered} to {help at|staff|observe} polling stations {since $date|by $weekday}.",
    "{In|Across} $region, $clast {is|was} {expected|forecast|tipped} to {win|take|score} {about|some|nearly} $pct, {against|compared with} $pct {in 2012|five years earlier} for $party, {according to|said} a $pollster {estimate|projection} {published|released} $when.",
    "{Campaign|Party} {accounts|finances} {filed|published} $when {showed|revealed} that $clast {had|has} {spent|raised} {about|some|nearly} $count million euros {since|by} $date, {compared with|against} $count million for $c2last.",
};
const vg_sim_list vg_sim_generic_en = VG_LIST(generic_en);

static const char *const background_en[] = {
    "{Moscow|$capital} has previously faced accusations from {the United States intelligence community|Western governments|several European capitals} over alleged attempts to influence {elections|the latest presidential elections|votes abroad}, {including|among them} {a campaign of $many posts|$count operations|a leak of $many emails} {documented by $institute on $date|described by $first $last of $institute $when}.",
    "{In|Back in} {December|January|the autumn}, $official $name said that {France, Germany and the Netherlands|several European countries|France and its neighbours} {may|could|might} be {subjected to|targeted by} {hacking attacks|interference|cyber operations} in light of {the upcoming elections|their elections}, {citing|pointing to} $count {incidents|attempts} {recorded|logged} {since $date|in $small months}.",
    "In a declassified report {released|published} in January, the {US|American} intelligence community concluded that $country {resorted to|used} {hacking|cyber operations} {to help|to support} {a candidate|one side} {in the US election|in 2016}, {a finding|a conclusion} $first $last of $institute {called|described as} \"{a warning for Europe|a wake-up call|a turning point}\".",
    "{France|The French state} {has|had} {invested|spent} {heavily|some $count million euros} in {cyber defence|cybersecurity|digital protection} since {2013|2015|the attack on a television network}, {hiring|training} {about|some|nearly} $count {engineers|specialists|analysts} {a year|in $small years}, $first $last of $institute {said|noted}.",
    "{The|France's} electoral {law|code} {bars|forbids} {the publication|any publication} of {polls|results|campaign material} {after midnight on Friday|on the eve of the vote|until 8 pm on Sunday}, with fines of up to $count thousand euros, $first $last, a {constitutional lawyer|lawyer|legal expert}, {said|noted}.",
    "{About|Some|Nearly} {47|45|46} million {French people|voters|citizens} are {registered|eligible|called} to vote, {including|among them} {some|about} $small million {abroad|living outside France} and $many {new voters|first-time voters} in $region, according to the interior ministry.",
    "{The|This} campaign {has been|was} {marked|shaken|dominated} by {scandals|legal affairs|an investigation} {involving|targeting} {several|two} {candidates|contenders}, {including|notably} $c2last, {whose|and whose} {lawyers|aides} {filed|lodged} $small {appeals|complaints} {since $date|in $count days}.",
    "Voting {begins|began|starts} {a day earlier|on Saturday} in {overseas territories|French Guiana|Saint-Pierre and Miquelon} and {for citizens|among voters} {abroad|in the Americas}, {where|with} {some|about|nearly} $many {voters|people} {registered|on the rolls} {in $dozens consulates|at $count polling stations}.",
    "{Five|Two|Several} years ago, $c2last {won|took|scored} $pct {in $region|in $city2} {in the first round|in the regional vote}, {a result|a score} that $first $last of $institute {called|described as} {\"a warning\"|\"a turning point\"|\"the start of everything\"}.",
    "{Since|After} the {2015|November 2015} attacks, {security|terrorism} {has|had} {ranked|figured} among the top {three|five} {concerns|worries} of $voters, {cited by|named by} $pct {in|of respondents to} a $pollster {survey|poll} {published|released} $when.",
    "{The|France's} Constitutional Council {will|must} {validate|proclaim} the {results|final results} {within|after} {$small days|ten days}, {after|once} {checking|reviewing} $dozens {complaints|appeals|disputed ballots} {from $region|from $dozens departments}, $first $last, a constitutional lawyer, {said|noted}.",
    "{Previous|Earlier} {elections|campaigns} {in|across} Europe {had|have} {seen|faced} {similar|comparable} {operations|leaks|campaigns}, {notably|including} {in Germany|in the Netherlands|in Italy} {in|during} {2016|the spring}, where {about|some|nearly} $many {accounts|messages} {were|had been} {traced|linked} to $hackgroup.",
};
const vg_sim_list vg_sim_background_en = VG_LIST(background_en);

static const char *const quote_en[] = {
    "\"$qbody,\" $cand $said {in|during} {an interview with $media|a speech in $city2} $when.",
    "\"$qbody,\" $minister $said {in $city2|on $media} $when, {adding|before adding} that $claim.",
    "\"$qbody,\" {said|declared} $official $name $when.",
    "$expert {said|told us|noted}: \"$qbody.\"",
    "\"$qbody,\" $clast {told|said to} {supporters|a crowd|the audience} in $city2 $when, {adding|before adding}: \"$qbody.\"",
    "{Speaking|Writing} {on|in} $media $when, $mlast {said|insisted}: \"$qbody.\"",
    "\"$qbody,\" {a spokesperson|a spokesman|a spokeswoman} for $agency, $first $last, said $when.",
    "$official $name {hit back|responded|replied} $when, calling {the accusations|the claims|it} \"{absurd|baseless|hysterical}\" and {saying|adding} that $claim.",
    "{At|During} a {press conference|news conference|briefing} in $city2 $when, $cand2 {said|declared|insisted}: \"$qbody.\"",
    "\"$qbody,\" $first $last, {a senior|a} {campaign|party} {official|adviser} {for|of} $clast, {said|told $media} $when.",
    "\"$qbody,\" $c2last {wrote|posted} on social media {at $time|$when}, {in a message|in a post} {shared|liked} $many times {within the hour|by the evening}.",
    "{Before|After} {a visit to|a meeting in} $city2 $when, $clast {told|said to} $media: \"$qbody.\"",
};
const vg_sim_list vg_sim_quote_en = VG_LIST(quote_en);

static const char *const generic_fr[] = {
    "À $small jours du premier tour, $cand {faisait campagne|était en déplacement} à $city2 $momentfr, tandis que $cand2 {tenait|animait} {un meeting|une réunion publique|une conférence de presse} à $city2.",
    "$cand, {soutenu$e|investi$e} par $partifr, a fait campagne sur $enjeu et $enjeu, {avec|en tenant} $dozens {meetings|réunions publiques|déplacements} {depuis le $datefr|en $small semaines}.",
    "$jourcap, $cand s'est rendu$e à $city2 pour rencontrer $count {habitants|électeurs|commerçants} {vers $heure|dans l'après-midi|en fin de matinée}, {avant de rejoindre|puis a rejoint} $city2.",
    "$ministrefr a estimé $momentfr {sur $mediafr|à $city2|devant la presse} que $claimfr.",
    "{Selon|D'après} des sources proches {du dossier|de l'enquête}, $claimfr, {rapporte|écrit|indique} $mediafr $momentfr.",
    "$clast, interrogé$e sur $evenement {à $city2|sur $mediafr|vers $heure} $momentfr, a répondu que $claimfr.",
    "Les adversaires de $clast, dont $first $last, lui reprochent de ne pas avoir chiffré son programme sur $enjeu, {estimé|évalué} à $count millions d'euros par {$institutfr|l'équipe de campagne}.",
    "{Plusieurs|De nombreux} observateurs, dont $first $last {de $institutfr|de $mediafr}, comparent $evenement à ce qui s'est passé aux États-Unis en 2016, {quand|lorsque} $manyfr comptes avaient relayé les mêmes messages.",
    "Le rapport publié par $agencefr $momentfr conclut que $claimfr.",
    "La participation {chez|parmi} $electeursfr sera {déterminante|décisive}, {estime|juge} $first $last, $rolefr à $institutfr, {alors que|puisque} seuls $pctfr d'entre eux avaient voté {en 2012|lors des régionales}.",
    "{Cette affaire|Cette polémique|Cet épisode} a {dominé|pesé sur} la fin de campagne pendant {$small jours|une semaine}, {selon|d'après} $first $last, $rolefr, qui {a recensé|compte} $dozens {articles|reportages|émissions} {sur le sujet|consacrés à l'affaire} {depuis le $datefr|en $small jours}.",
    "{Des militants|Des bénévoles|Quelques dizaines de partisans} de $clast ont distribué $manyfr tracts {sur le marché|devant la gare|devant la mairie} de $city2 $momentfr.",
    "$clast a {aussi|ensuite} promis de {réformer|protéger|revoir} $enjeu {en cas de victoire|une fois au pouvoir|dans les cent premiers jours}, une mesure {chiffrée|évaluée} à $count millions d'euros {par $institutfr|par son équipe} $momentfr.",
    "Des responsables du parti de $clast se sont réunis {à huis clos|au siège du parti} $momentfr pour {définir la stratégie|préparer la suite|arrêter une riposte}, ont {confirmé|indiqué} $small d'entre eux, dont $first $last.",
    "$clast a {démenti|rejeté|contesté} toute {responsabilité|implication|faute} {à $city2|sur $mediafr|dans un communiqué} $momentfr, {promettant|assurant} de {coopérer|répondre aux questions|s'expliquer} {sous $small jours|avant $jourfr|devant les $count juges}.",
    "$cand a réagi {en $small heures|le soir même|vers $heure} sur les réseaux sociaux, {affirmant|écrivant} dans un message partagé $manyfr fois que $claimfr.",
    "{Un|Une} responsable du parti de $clast {$regionfr|à $city2}, {s'exprimant|qui s'exprimait} sous couvert d'anonymat $momentfr, {a affirmé|assure} que $claimfr.",
    "{L'annonce|La nouvelle|L'information} est {tombée|intervenue} $momentfr, {alors que|au moment où} $clast {était en déplacement|tenait meeting} à $city2, {à $small jours du scrutin|$small jours avant le premier tour}.",
    "$temoinfr {assure|confie} que {$enjeu|le coût de la vie|la sécurité} compte davantage {pour sa famille|dans son quartier|à ses yeux} que {les affaires|les sondages|$evenement}, et que {son choix|sa décision} se fera {dans l'isoloir|dimanche matin|au dernier moment}.",
    "{Selon|D'après} $first $last, {membre du conseil municipal|responsable des élections à la mairie} de $city2, {près de|environ|quelque} $count {habitants|bénévoles} se sont inscrits pour {tenir|surveiller} les bureaux de vote {depuis le $datefr|avant $jour}.",
    "$regionfr, $clast {est crédité$e|pourrait obtenir} de {près de|quelque|environ} $pctfr des voix, contre $pctfr pour $partifr en 2012, selon une {projection|estimation} $pollster publiée $momentfr.",
    "Les comptes de campagne publiés $momentfr montrent que $clast a {dépensé|levé} {près de|quelque|environ} $count millions d'euros depuis le $datefr, contre $count millions pour $c2last.",
    "Le président sortant, qui a renoncé à se représenter, a {estimé|affirmé} {à $city2|sur $mediafr} $momentfr que $claimfr.",
    "{Plusieurs|$count} {journaux|médias|titres} étrangers ont consacré {leur une|un article} à l'affaire {le $datefr|$jourfr}, signe que l'affaire {inquiète|intrigue} {au-delà des frontières|à Bruxelles|à l'étranger}, {note|souligne} $first $last, $rolefr.",
    "$expertfr estime que la campagne {ne ressemble à aucune autre|est la plus imprévisible depuis des décennies|a été dominée par les affaires}, et que $electeursfr {$regionfr|à $city2|} restent {indécis|volatils|désabusés}.",
};
const vg_sim_list vg_sim_generic_fr = VG_LIST(generic_fr);

/*
 * The story's own figure ($key): the person a story is about and that no
 * other story names, as real stories have one (a suspect, a whistleblower,
 * a local official).  Every original names them once or twice, which is
 * what tells apart two stories of one topic told at the same time.
 */
static const char *const hook_en[] = {
    "$key, {a former adviser to $cand|a campaign volunteer|an IT contractor for $party|a local organiser in $city2|a deputy mayor in $region}, {told|said to} {reporters|$count journalists|a packed press room} {at $time on $date|on $date in $city2} that {the file|the complaint|the account} {would|could} {be made public|go to court|be examined} {within $small days|before the vote|by $date}.",
    "{Investigators|Police|Prosecutors} {questioned|heard|interviewed} $key for {$small|about $small|nearly $small} hours in $city2 {on $date|at $time on $date}, {according to|said} {a source close to the case|$first $last, a lawyer for the family|a judicial source}.",
    "{At the centre of the affair|At the heart of the story|Central to the case} {is|stands} $key, {$age|aged $age}, {who|whom} {$count people|$many users|colleagues in $city2} {describe|described} as {discreet|outspoken|meticulous} {since $date|until $date|on $date}.",
    "$klast {declined to comment|did not answer our questions|could not be reached} {on $date|at $time on $date|before $time}, {but|while} {a relative|a former colleague|$first $last, a neighbour} {said|told us} {$klast|they} had {received threats|moved to $city2|hired a lawyer} {$small days ago|since $date}.",
    "{Documents|Messages|Emails} {seen by|obtained by|shared with} {our newsroom|$media|$count reporters} {show|suggest} that $key {was in contact with|met|wrote to} $first $last {$small times|on $date|at $time on $date}, {in $city2|from $city2|by phone from $city2}.",
    "{Supporters|Friends|Colleagues} of $key {gathered|rallied|met} {in $city2|outside the courthouse in $city2|in front of the town hall of $city2} {on $date|at $time on $date}, {$count|about $count|more than $count} {of them|people} {holding signs|chanting|in silence}.",
    "The {name|role} of $key {first appeared|surfaced|came up} {in a post shared $many times|in a court filing of $date|in a message sent at $time on $date}, {said|noted} $first $last {of the Observatory of Online Hate|of the Montaigne Institute|of $media}.",
    "{Asked|Pressed} about $key {on $date|at $time on $date|in $city2}, $cand {said|replied|answered} that {$he|the campaign} {had never met|barely knew|had spoken once with} {$klast|the person} {before $date|in $small years|since $date}, {in $city2|at a rally in $city2|on $media}.",
};
static const char *const hook_fr[] = {
    "$key, {ancien conseiller de $cand|bénévole de la campagne|prestataire informatique de $partifr|militant à $city2}, a {déclaré|affirmé|assuré} {à $count journalistes|devant la presse à $city2|à la presse} $momentfr que {le dossier|la plainte|le compte} {serait|pourrait être} {rendu public|examiné|porté devant la justice} {sous $small jours|avant le scrutin}.",
    "{Les enquêteurs|La police|Le parquet} {ont|a} {entendu|interrogé} $key pendant {$small|près de $small|environ $small} heures à $city2 $momentfr, {selon|d'après} {une source proche du dossier|$first $last, avocat de la famille|une source judiciaire}.",
    "{Au cœur de l'affaire|Au centre de l'affaire|Au cœur du dossier} {se trouve|figure} $key, $age ans, {que|qu'} {$count personnes|ses collègues à $city2|$manyfr internautes} {décrivent|ont décrit} comme {discret|très engagé|méticuleux} $momentfr.",
    "$klast {n'a pas souhaité réagir|n'a pas répondu à nos questions|est resté injoignable} $momentfr, {mais|tandis qu'} {un proche|un ancien collègue|$first $last, un voisin} {a assuré|a indiqué} que $klast avait {reçu des menaces|quitté $city2|pris un avocat} {il y a $small jours|vers $heure}.",
    "{Des documents|Des messages|Des courriels} {consultés par|transmis à} {notre rédaction|$mediafr|$count journalistes} {montrent|suggèrent} que $key {était en contact avec|a rencontré|a écrit à} $first $last {$small fois|$momentfr}, {depuis $city2|à $city2}.",
    "{Des soutiens|Des amis|Des collègues} de $key {se sont rassemblés|ont manifesté} {à $city2|devant le tribunal de $city2|devant la mairie de $city2} $momentfr, {au nombre de $count|environ $count|plus de $count}.",
};

static const char *const quote_fr[] = {
    "« $qbodyfr », $dit $cand {lors d'un meeting à $city2|dans un entretien à $mediafr} $momentfr.",
    "« $qbodyfr », a déclaré $ministrefr {à $city2|sur $mediafr} $momentfr, {ajoutant|avant d'ajouter} que $claimfr.",
    "« $qbodyfr », $dit $clast devant {ses partisans|la foule|le public} à $city2 $momentfr, avant d'ajouter : « $qbodyfr ».",
    "« $qbodyfr », {a réagi|a répondu} $first $last, {porte-parole|membre de l'équipe} de $clast, $momentfr.",
    "{Lors d'une|Au cours d'une} conférence de presse à $city2 $momentfr, $cand2 a {déclaré|lancé|insisté} : « $qbodyfr ».",
    "« $qbodyfr », a {écrit|publié} $c2last sur les réseaux sociaux {vers $heure|$momentfr}, dans un message partagé $manyfr fois {en une heure|dans la soirée}.",
    "$ministrefr a {répliqué|répondu} $momentfr en qualifiant ces accusations d'{« absurdes »|« infondées »|« hystériques »} et en assurant que $claimfr.",
    "« $qbodyfr », a assuré $first $last, {porte-parole|responsable} de la campagne, $momentfr.",
    "Sur $mediafr, $clast a {insisté|martelé} $momentfr : « $qbodyfr ».",
    "« $qbodyfr », {a lancé|a martelé} $clast devant $count partisans réunis à $city2 $momentfr.",
};
const vg_sim_list vg_sim_quote_fr = VG_LIST(quote_fr);
const vg_sim_list vg_sim_hook_en = VG_LIST(hook_en);
const vg_sim_list vg_sim_hook_fr = VG_LIST(hook_fr);

static const char *const background_fr[] = {
    "La campagne a été marquée par {plusieurs affaires|des affaires judiciaires|une enquête} visant {plusieurs|deux} candidats, notamment $c2last, {dont les avocats ont déposé|qui a formé} $small recours depuis le $datefr, {selon|d'après} $first $last, $rolefr.",
    "{Près de|Quelque|Environ} {45|46|47} millions d'électeurs sont appelés aux urnes, dont {environ|près de} $small millions à l'étranger, et $manyfr {nouveaux inscrits|jeunes électeurs} {$regionfr|à $city2}, selon le ministère de l'Intérieur.",
    "Le premier tour {aura lieu|est prévu} le 23 avril et le second le 7 mai ; $regionfr, {quelque|près de} $manyfr assesseurs {doivent être|seront} mobilisés dans $count bureaux de vote, {selon|d'après} la préfecture.",
    "{Moscou|Les autorités russes} {ont déjà été accusées|avaient déjà été accusées} par {les services américains|plusieurs capitales européennes|des gouvernements occidentaux} de {chercher|tenter} à influencer des {élections|scrutins} à l'étranger, selon $first $last, $rolefr à $institutfr, qui a recensé $dozens opérations depuis {2014|2015|le $datefr}.",
    "Depuis les attentats de {2015|novembre 2015}, la sécurité figure parmi les {trois|cinq} premières préoccupations {des électeurs $regionfr|des électeurs de $city2}, citée par $pctfr des $manyfr personnes interrogées dans une enquête $pollster publiée $momentfr.",
    "La loi électorale interdit la publication de {sondages|résultats} {après le vendredi minuit|la veille du scrutin|avant 20 heures le dimanche}, sous peine d'une amende pouvant atteindre $count milliers d'euros, {rappelle|souligne} $first $last, juriste, $momentfr.",
    "La France a investi {près de|quelque|environ} $count millions d'euros dans la cyberdéfense depuis {2013|2015|l'attaque contre une chaîne de télévision}, et {recrute|forme} {quelque|près de} $count {ingénieurs|spécialistes} {par an|en $small ans}, {selon|d'après} $first $last, $rolefr.",
    "Le Conseil constitutionnel {proclamera|doit proclamer} les résultats {sous $small jours|dans les dix jours}, après avoir examiné $dozens {recours|réclamations} {venus de|provenant de} $dozens départements, {selon|d'après} $first $last, $rolefr.",
    "Le vote commence {dès le samedi|un jour plus tôt} {outre-mer|en Guyane|à Saint-Pierre-et-Miquelon} et pour les Français {de l'étranger|du continent américain}, {soit|qui représentent} {environ|près de} $manyfr électeurs inscrits dans $count {consulats|bureaux de vote}, {selon|d'après} $first $last, $rolefr.",
    "{Il y a cinq ans|En 2012}, $c2last avait {obtenu|recueilli} $pctfr $regionfr au premier tour, un score que $first $last, $rolefr à $institutfr, qualifie {d'« avertissement »|de « tournant »}.",
};
const vg_sim_list vg_sim_background_fr = VG_LIST(background_fr);

static const char *const furniture[] = {
    "Subscribe", "Read more", "Share this article", "Advertisement", "Sign up for our newsletter",
    "Follow us on Twitter", "Leave a Reply", "Comments", "Related articles", "Most read",
    "Click here to subscribe", "Share on Facebook", "Print this page",
    "To participate in the discussion log in or register",
};
const vg_sim_list vg_sim_furniture = VG_LIST(furniture);

/* Under six words each, like the English ones the cleaner does not know. */
static const char *const furniture_fr[] = {
    "Abonnez-vous", "Lire aussi", "Partager cet article", "Publicité",
    "Recevez notre lettre d'information", "Suivez-nous sur Twitter", "Réagir", "Commentaires",
    "Sur le même sujet", "Les plus lus", "Article réservé aux abonnés", "Partager sur Facebook",
    "Imprimer", "Connectez-vous pour réagir",
};
const vg_sim_list vg_sim_furniture_fr = VG_LIST(furniture_fr);

static const char *const farm_original[] = {
    "{This|It} {is|was} {a developing story|breaking news} {first reported at $time|we have followed since $date} {from $city2|in $region} and {will be|is being} updated {as $count readers asked|every $small minutes} {by $first $last|by our team in $city2}.",
    "{Stay tuned|Keep following us} for {more|further updates} on $event, {which|a story} $count readers in $city2 {have asked us about|wrote to us about} {since $date|at $time on $weekday}.",
    "{Many|Some|$count} {readers|people} {in $city2|from $region} {are asking|wonder|wrote to us asking} {what|whether} $event {means|will change} {anything|much} for $voters {and for $issue|before $weekday}.",
    "{The|This} {truth|story} {about|behind} $event {is|may be} {far more|much more} {complicated|troubling} than {officials|the media} {admit|say}, {as|according to} $count {sources|insiders} {in $city2|in $region} {told us|confirmed} {on $date|at $time}.",
    "{It remains to be seen|Nobody knows yet} {how|whether} $event will {affect|change} the {result|vote} {in $region|in $city2|among $voters}, {where|and} $count {readers|people} {answered|took} our {poll|survey} {on $date|by $weekday}.",
    "{Tell us in the comments|Let us know} whether $clast {is telling the truth|is to blame} {about $issue|over $event}, as $count readers {in $region|from $city2} {already have|did} {at $time on $weekday|since $date}.",
    "{Critics|Many} {say|believe} $event {was|is} {only|just} the {beginning|tip of the iceberg} {for $clast|in $region|for $voters}, {and|while} $count {readers|sources} {sent us|shared} {documents|photos|messages} {since $date|at $time}.",
    "{Share this|Send this} {article|story} to {anyone|everyone} {in $city2|in $region|you know} {who|that} {still|} {believes|trusts} {the mainstream media|the official version} about $issue, {as|like} $count readers {did|have done} {since $date|on $weekday}.",
    "{We|Our team} {received|obtained} $count {documents|messages|photos} {from a source in $city2|from readers in $region} {at $time|on $date}, {which|and they} {appear to|seem to} {confirm|contradict} {the official version|what $clast said}.",
    "{Sources|Insiders} close to $party {told|assured} {us|our reporters} {on $date|at $time on $weekday} that {the real|the full} story about $issue {in $region|in $city2} {will|would} come out {before|after} the {vote|first round}.",
};
const vg_sim_list vg_sim_farm_original = VG_LIST(farm_original);

static const char *const post_generic[] = {
    "{Just|Finally} {voted|registered to vote}. {Proud.|Go vote!|Every vote counts.} #$tag",
    "{Honestly|Seriously|Ok so}, $clast {on|about} $issue {makes no sense|is right|is the only sane position}. #$tag",
    "{Seriously, who|Who} {still backs|trusts} $clast? #$tag",
    "{Anyone|Does anyone} {know|have} {a good|an honest} {explainer|summary} {on|of} $clast's {plan|programme} {for|on} $issue?",
    "$clast {vs|or} $c2last. {Tough choice|No real choice|Easy choice} {this year|on Sunday}. #$tag",
    "{Watching|Following} the {coverage|results|news} {from|in} $city. {Long night ahead.|Tense.} #$tag",
    "{My|Our} {town|village|neighbourhood} {$city|} {has|had} {posters|leaflets} {everywhere|on every wall} for $clast.",
    "{Listening to|Reading} $clast on $issue {again|tonight}. {Same old promises.|Not bad actually.|Not convinced.}",
    "{Another|One more} {day|week}, another {scandal|hack|leak}. #$tag",
    "{The|This} $event story {is getting|gets} {weirder|bigger|crazier} {by the hour|every day}. #$tag",
};
const vg_sim_list vg_sim_post_generic = VG_LIST(post_generic);

static const char *const post_fr[] = {
    "{J'ai voté|Je vote|Voté} {dimanche|samedi|ce matin}. {Allez voter !|Chaque voix compte.} #$tag",
    "$clast sur $enjeu, {franchement|sérieusement} {pas convaincu|pas mal|n'importe quoi}. #$tag",
    "Encore {une affaire|un scandale}... #$tag",
    "Vu {le débat|l'émission} hier soir ? $clast {très bon|à la peine}. #$tag",
};
const vg_sim_list vg_sim_post_fr = VG_LIST(post_fr);

static const char *const post_link[] = {
    "{Must read|Worth reading|Read this}:", "{Wow|Incredible|Unbelievable}.", "{Important|Big} story:",
    "{This|This one}.", "{So|And} {this|here it is}:", "{Interesting|Good} {piece|read} on $event:",
    "{They|The media} {won't|didn't} {tell you|cover} this:", "{Via|From} @$outlethandle:",
    "{BREAKING|JUST IN}:", "{Finally someone says it|Someone finally said it}:", "",
};
const vg_sim_list vg_sim_post_link = VG_LIST(post_link);

static const char *const post_reply[] = {
    "{Source?|Any source?|Link?}", "{Agreed|Exactly|This}. {100%.|Well said.|}",
    "{Nonsense|Rubbish|Not true}. {Check the facts.|Read the article.|}",
    "Not what $clast said. {At all.|Watch the video.}",
    "{Fake|Doctored|Old} {photo|screenshot|quote}. {Debunked already.|Reported.}",
    "{Lol|Haha|Sure}. {Keep telling yourself that.|Ok.}", "{Who|Where} {told you|did you get} that?",
    "{Thanks for sharing|Good point}. {Scary.|Worrying.|Didn't know.}",
    "$clast {will|won't} {win|make the run-off}, {mark my words|trust me|you'll see}.",
};
const vg_sim_list vg_sim_post_reply = VG_LIST(post_reply);

static const char *const copypasta[] = {
    "{BREAKING|URGENT|MUST SEE}: {leaked|secret|hidden} documents show $clast {has|hid} {an offshore account|millions} in {the Bahamas|Cyprus|Panama}. {The media is silent!|Why is nobody talking?} #$leaktag #$ctag2",
    "{Do not|Don't} let {them|the elites} {steal|rig} this election. {Vote|Everyone vote} $c2last on Sunday! {#$ctag2|#Presidentielle2017}",
    "$clast {is|was} {the candidate of the banks|a puppet of Brussels|bought by foreign money}. {Share before it's deleted!|RT if you agree!} #$ctag2",
    "{Huge|Massive} {fraud|irregularities} {reported|found} in $city polling stations. {Demand a recount!|Spread the word!} #$tag",
    "{They|The media} {hide|hid} {the truth|the facts} about $event. {Read the files|Look it up} and {decide|judge} for yourself. #$leaktag",
    "Patriots {know|see} what $clast {is|hides}. {#$ctag2|#$tag} {#France|#Patriots}",
    "{Polls are|The poll is} {fake|rigged}. $c2last {leads|is ahead} {by far|everywhere}. {Don't be fooled!|Vote!} #$ctag2",
    "{Confirmed|Now confirmed}: $clast {campaign|team} {financed|funded} by {foreign|Gulf|Wall Street} money. #$leaktag",
    "{Ballots|Voting papers} for $c2last {destroyed|missing} in $city? {Share this!|Everyone needs to know.} #$tag",
};
const vg_sim_list vg_sim_copypasta = VG_LIST(copypasta);

static const char *const hashtags[] = {
    "Election2017", "Presidentielle2017", "FrenchElection", "Vote2017", "France2017",
    "Debat2017", "1erTour", "JeVote", "SecondTour", "Elysee2017",
};
static const char *const campaign_tags[] = {
    "MacronLeaks", "MacronGate", "StopMacron", "FraudeElectorale", "VoteTruque",
    "HonteAuxMedias", "SauverLaFrance", "OnNeLacheRien", "LaFranceDebout", "MediasMenteurs",
    "ElectionVolee", "RendezLesVoix", "BalanceTaFraude", "PasEnMonNom", "ReveilleToiFrance",
    "RiggedElection", "FranceFirst", "WakeUpFrance", "StopTheSteal2017", "EUoutFrance",
    "LeakTheTruth", "MediaBlackout", "PeopleVsElites", "NotMyPresident",
};
const vg_sim_list vg_sim_campaign_tags = VG_LIST(campaign_tags);
const vg_sim_list vg_sim_hashtags = VG_LIST(hashtags);

static const char *const first_names[] = {
    "Zachary", "Emma", "Lucas", "Chloe", "Hugo", "Ines", "Louis", "Manon", "Nathan", "Camille",
    "Thomas", "Sarah", "Antoine", "Julie", "Maxime", "Laura", "Alexandre", "Pauline", "Nicolas",
    "Marie", "Julien", "Claire", "Romain", "Lea", "Kevin", "Anais", "David", "Eva", "Samuel",
    "Rachel", "Victor", "Alice", "Martin", "Elodie", "Olivia", "James", "Daniel", "Grace",
    "Adam", "Nora", "Peter", "Helen", "Mark", "Irene", "Simon", "Lisa", "Yusuf", "Amelie",
};
const vg_sim_list vg_sim_first_names = VG_LIST(first_names);

static const char *const last_names[] = {
    "Reyes", "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
    "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand",
    "Roux", "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier", "Blanc", "Guerin",
    "Boyer", "Garnier", "Chevalier", "Francois", "Legrand", "Gauthier", "Perrin", "Robin",
    "Clement", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
    "Marchand", "Duval", "Denis", "Dumas", "Lemaire", "Carter", "Hughes", "Walsh", "Okafor",
};
const vg_sim_list vg_sim_last_names = VG_LIST(last_names);

static const char *const handle_words[] = {
    "patriot", "citoyen", "vrai", "libre", "france", "news", "watch", "truth", "info",
    "marianne", "gaulois", "eagle", "voice", "real", "resist", "paris", "lyon", "bleu",
    "rouge", "nation", "peuple", "observer", "daily", "politics", "euro", "wake", "digital",
    "media", "insider", "analyst",
};
const vg_sim_list vg_sim_handle_words = VG_LIST(handle_words);

static const char *const sections[] = {
    "politics", "world", "europe", "france", "news", "elections", "international",
};
const vg_sim_list vg_sim_sections = VG_LIST(sections);

/*
 * Near-copy substitutions.  Each pair is applied at word boundaries to
 * every occurrence, so the left word should be common in the templates
 * above and the right word should not already be frequent.
 */
const char *const vg_sim_synonyms[][2] = {
    {"said", "stated"}, {"attacks", "assaults"}, {"campaign", "bid"}, {"accused", "blamed"},
    {"warned", "cautioned"}, {"claimed", "alleged"}, {"candidate", "contender"},
    {"election", "ballot"}, {"documents", "papers"}, {"supporters", "backers"},
    {"rumours", "rumors"}, {"hackers", "cybercriminals"}, {"officials", "authorities"},
    {"false", "fake"}, {"vote", "poll"}, {"leaked", "released"}, {"denied", "rejected"},
    {"accusations", "charges"}, {"interference", "meddling"}, {"media", "press"},
    {"spokesman", "representative"}, {"researchers", "experts"}, {"president", "head of state"},
    {"emails", "e-mails"}, {"government", "administration"}, {"people", "citizens"},
    {"about", "around"}, {"some", "approximately"}, {"after", "following"},
    {"Russia", "the Russian Federation"}, {"France", "the French Republic"},
    {"country", "nation"}, {"files", "records"}, {"reported", "noted"},
};
const uint32_t vg_sim_nsynonyms = VG_COUNT(vg_sim_synonyms);
