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
    "early on", "late on", "on", "on", "on", "before dawn on", "in the evening of",
};
static const char *const vague_time[] = {
    "last week", "earlier this month", "in recent days", "over the weekend",
    "two weeks ago", "since the start of the campaign", "in February", "last month",
    "in January", "this spring",
};

/* Sub-grammars reachable by slot. */
static const char *const claims[] = {
    "the campaign had been targeted by {thousands of|hundreds of|repeated} {attacks|intrusion attempts|phishing emails}",
    "{foreign|outside} actors were trying to {influence|disrupt|sway} the {vote|election|campaign}",
    "the {figures|numbers|statistics} had been {manipulated|cherry-picked|misread} by {opponents|rivals|the press}",
    "{no|little} {evidence|proof} had been {found|produced|presented} so far",
    "the {documents|emails|files} were {genuine|authentic|partly forged|mixed with fakes}",
    "the {government|state|administration} had {failed|been slow} to {react|respond|protect the vote}",
    "{voters|citizens|the French} deserved {the truth|answers|transparency}",
    "the {accusations|allegations|charges} were {absurd|groundless|politically motivated|a smear}",
    "{security|protection|vigilance} would be {stepped up|reinforced|tightened} before the {vote|run-off|first round}",
    "$issue would {decide|shape|dominate} the {final days|last week|second round} of the campaign",
    "{the campaign|the party|the movement} would {file a complaint|go to court|seek damages}",
    "the {attack|operation|campaign} bore the {hallmarks|signature|marks} of a {state|foreign|professional} {actor|service|group}",
    "{turnout|participation|abstention} could {reach|exceed|fall below} $pct",
    "the {rumours|reports|stories} about $clast's {private life|finances|health|past} were {false|fabricated|invented}",
    "{nothing|no step} would be {ruled out|left to chance}",
    "the {country|republic|nation} would not {accept|tolerate} {interference|meddling|pressure} from $country",
};
static const char *const reasons[] = {
    "to {sow|spread} {doubt|confusion|distrust} among $voters",
    "because $clast {supports|backs|champions} a strong Europe",
    "{in order|so as} to {weaken|damage|discredit} $clast before the {vote|run-off}",
    "after {months|weeks} of {tension|rivalry|sparring} over $issue",
    "{amid|in the middle of} a {bitter|tight|volatile} {race|campaign|contest}",
    "{as|while} polls {show|suggest|indicate} a {narrowing|widening|stable} gap",
    "{following|after} {a report|reports|a warning} by $agency",
};
static const char *const experts[] = {
    "$first $last, a $expertrole at $institute,",
    "$expertrole $first $last of $institute",
    "$first $last, who {teaches|works|researches} at $institute,",
    "{one|a} $expertrole, $first $last,",
};
static const char *const qbodies[] = {
    "We {will not|shall not|cannot} {accept|tolerate|allow} any {interference|meddling} in our {democracy|elections|vote}",
    "{This|It} is a {grave|serious|direct} {attack|assault} on {our democracy|the republic|the integrity of the vote}",
    "{Nothing|No act} will go {without a response|unanswered|unpunished}",
    "{Voters|The French} {must|should|will} {decide|choose} {freely|for themselves|without pressure}",
    "These {accusations|claims|allegations} are {absurd|baseless|ridiculous|unfounded}",
    "We {knew|were aware|had been warned} that {these risks|such attacks|this} {existed|could happen|might come}",
    "{There is|We have} {no|not a shred of} {evidence|proof} {of that|to support it|whatsoever}",
    "{The|Our} {campaign|team|movement} {has been|was} {targeted|attacked|hit} {again and again|repeatedly|from the start}",
    "{We|I} {will|intend to} {fight|campaign|stand} {until the very end|to the last day|for every vote}",
    "$issue is {the real issue|what people care about|the question that matters}",
    "{Let|We must let} the {investigation|inquiry|courts} {run its course|do its work|proceed}",
    "{Everyone|Anyone} can see {who|which side} {benefits|gains} from {this|these leaks|such attacks}",
    "{We|They} {are|were} {extremely|particularly|fully} vigilant",
    "{This|It} {bears|has} all the {hallmarks|signs} of a {coordinated|structured|professional} {operation|group|campaign}",
};
static const char *const qbodies_fr[] = {
    "Nous n'accepterons {aucune|pas la moindre} ingérence dans {notre démocratie|le scrutin|cette élection}",
    "C'est une atteinte {grave|directe|inacceptable} à {la République|notre démocratie|la sincérité du vote}",
    "Rien ne restera {sans réponse|impuni}",
    "Les Français doivent {choisir|voter|décider} {librement|en conscience|sans pression}",
    "Ces accusations sont {absurdes|sans fondement|ridicules}",
    "Nous {savions|avions été prévenus} que {ces risques existaient|de telles attaques pouvaient survenir}",
    "Il faut laisser {la justice|l'enquête} {faire son travail|suivre son cours}",
    "Nous {resterons|sommes} {extrêmement|particulièrement} vigilants",
};
static const char *const claims_fr[] = {
    "la campagne avait été visée par {des milliers|des centaines} {d'attaques|de tentatives d'intrusion}",
    "des acteurs étrangers cherchaient à {influencer|perturber} le {scrutin|vote}",
    "{aucune|peu de} preuve n'avait été {apportée|présentée} à ce stade",
    "les {documents|courriels} étaient {authentiques|en partie falsifiés|mêlés à des faux}",
    "la sécurité serait {renforcée|accrue} avant le {second tour|scrutin}",
    "les accusations étaient {absurdes|sans fondement|politiques}",
    "la participation pourrait {atteindre|dépasser} $pctfr",
};
static const char *const enjeux_fr[] = {
    "le chômage", "les retraites", "l'Europe", "l'immigration", "la sécurité", "les impôts",
    "la dette publique", "le pouvoir d'achat", "le logement", "l'école", "l'hôpital",
};
static const char *const quand_fr[] = {
    "la semaine dernière", "ces derniers jours", "depuis le début de la campagne",
    "le mois dernier", "en février", "ce week-end",
};
static const char *const dit_fr[] = {
    "a déclaré", "a affirmé", "a assuré", "a estimé", "a prévenu", "a souligné", "a ajouté",
    "a indiqué", "a martelé",
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
    {"claim", VG_LIST(claims), 1},
    {"reason", VG_LIST(reasons), 1},
    {"expert", VG_LIST(experts), 1},
    {"qbody", VG_LIST(qbodies), 2},
    {"qbodyfr", VG_LIST(qbodies_fr), 2},
    {"claimfr", VG_LIST(claims_fr), 1},
    {"enjeu", VG_LIST(enjeux_fr), 0},
    {"quandfr", VG_LIST(quand_fr), 0},
    {"dit", VG_LIST(dit_fr), 0},
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
    "$official $name $said {there had been|the campaign had faced} \"{thousands of|hundreds of} attacks against our IT systems, {databases|data bases}, websites\" {allegedly|reportedly} {originating in|coming from} $country.",
    "According to $agency, the {attackers|intruders|hackers} used {fake login pages|spoofed email addresses|malicious attachments} {to lure|to trick|aimed at} {staff|campaign workers|volunteers} into {giving up|revealing} their passwords.",
    "{Security researchers|Analysts at a private firm|Investigators} {linked|tied|attributed} the {operation|attacks|intrusion attempts} to $hackgroup, a group {believed to be|widely seen as|said to be} {linked to|close to|working for} {a foreign intelligence service|the military intelligence of $country|state interests in $capital}.",
    "The {attempts|attacks} {began|started|intensified} $vague and {peaked|grew|multiplied} {after|once} $cand {rose|climbed|moved up} in the polls.",
    "$agabbr {said|confirmed|indicated} it had {detected|identified|blocked} $num {separate|distinct|suspicious} {domains|servers|addresses} {used|registered|set up} for the {campaign|operation}.",
    "{No|None of the} {voting machines|counting systems|electoral registers} {were|had been} {affected|compromised|touched}, $agency {stressed|insisted|said}.",
    "The {Defence|Security} Council {will|was due to} meet $tod $weekday to {discuss|review} {cyber security|the threat} and {implement|put in place|adopt} \"specific vigilance and protection measures\".",
    "$capital {has repeatedly|has always|has consistently} {denied|rejected} {any|all} {involvement|interference|allegations}, {saying|arguing} it does not {interfere|meddle} in other states' {domestic matters|internal affairs|elections}.",
    "{Such|This kind of} {interference|meddling} in {French democratic life|the democratic process|the campaign} is {unacceptable|intolerable}, $mlast $said.",
    "{Officials|Experts|Engineers} {estimate|believe|say} that {at least|more than|around} $num percent of the {malicious|suspicious} {traffic|emails|requests} {came|originated} from {servers|addresses|machines} {rented|located|hosted} in $country.",
    "The campaign's digital director said the team had {moved|switched} to {encrypted|secure|new} {messaging|email} {tools|systems} and {trained|briefed} $num {staff|volunteers|employees}.",
    "$hackgroup {had|has} {previously|already} been {blamed|accused} for {attacks|intrusions} {on|against} {political parties|parliaments|ministries} in {Germany|the United States|the Netherlands|Italy}.",
    "Government {experts|engineers|teams} {ran|carried out|conducted} {drills|simulations|audits} {with|for} {every|each} campaign {that asked|willing to take part|in the race}.",
    "The {National Cybersecurity Agency|cyber agency} {had warned|warned} {parties|campaigns} $vague {to|that they should} {change passwords|use two-factor authentication|watch for spoofed domains}.",
};
static const char *const cyber_event_fr[] = {
    "la cyberattaque", "les tentatives de piratage", "les attaques informatiques",
};
static const char *const cyber_head_fr[] = {
    "Cyberattaques : la campagne de $clast accuse $paysfr",
    "$ministrefr condamne les attaques informatiques contre $clast",
    "Piratage : $agencefr ouvre une enquête",
};
static const char *const cyber_sent_fr[] = {
    "Selon $agencefr, les pirates ont utilisé de {fausses pages de connexion|courriels piégés} pour {tromper|viser} les équipes de campagne.",
    "$paysfr a {démenti|rejeté} toute implication, {jugeant|qualifiant} ces accusations d'absurdes.",
    "Les attaques ont {commencé|redoublé} $quandfr, au moment où $cand progressait dans les sondages.",
};
static const char *const cyber_post[] = {
    "{So|Wow,} $country hacked $clast again? {Source?|Prove it.|Convenient timing.}",
    "{Cyberattacks|Hacks} on $clast campaign {confirmed|reported} by $agabbr. {This is serious.|Not a drill.}",
    "{Every|Each} time $clast {drops|rises} in the polls there's a new \"hack\". {Funny that.|Hmm.}",
    "{Protect the vote.|Our democracy is under attack.} {Thousands of|Hundreds of} attacks on one campaign.",
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
    "Some $num gigabytes of {data|files|emails and documents} were posted {on|to} $platform {under|by} a profile called $leakname, {late on|on} $weekday.",
    "The campaign said the {files|documents|emails} had been \"{fraudulently obtained|stolen|taken}\" {weeks|months} {ago|earlier} and were \"{in all likelihood|very probably|clearly} {mingled|mixed} with false information\".",
    "$agency {warned|reminded} {reporters|the media|news organisations} that {publishing|spreading|relaying} the {contents|material} {could|may} be {a criminal offence|prosecuted|classified as a criminal offence}.",
    "{Analysts|Researchers|Journalists} {who examined|who looked at|going through} the {files|dump} {found|said they found} {metadata|documents|spreadsheets} {in Cyrillic|edited on the day of the release|with inconsistent dates}.",
    "It {is|was} {still|not yet} {not clear|unclear} who {was|is} {responsible for|behind} {posting|the release of} the {data|files}.",
    "The {release|leak} came {hours|minutes|a day} before the {official campaign|legal campaign period} {ended|closed}, {leaving|giving} the campaign {no|little} {time|chance} to {respond|reply}.",
    "{Among|In} the {files|leaked material} were {invoices|internal memos|staff emails|bank statements|travel receipts}, {some|several} of which the campaign {said|insisted} were {forged|fabricated|altered}.",
    "The hashtag #$leaktag {was|had been} {pushed|amplified|relayed} {at first|initially|mainly} by {accounts|users} {in|from} the United States {before|and then} {spreading|reaching} French {networks|users}.",
    "$cand's team {said|claimed} it had {deliberately|knowingly} {planted|created} {fake|decoy} {documents|accounts} to {slow down|mislead|confuse} the {hackers|attackers}.",
    "{French law|Electoral rules} {bar|barred|forbid} {candidates|campaigns} {from|and the media from} {commenting|campaigning} {after midnight on Friday|during the final weekend}.",
    "$expert said {the|this} {leak|dump} {followed|resembled|mirrored} {the pattern|a pattern|the playbook} {seen|used} in the United States {the previous year|in 2016}.",
    "{A|One} {document|file} {circulating|shared widely} {online|on social networks} {claimed|purported} to {show|prove} that $clast {held|had} an {offshore|secret} account in {the Bahamas|Cyprus|Panama}, {a claim|an allegation} the campaign {denied|called false}.",
};
static const char *const leak_event_fr[] = {
    "la fuite", "les courriels piratés", "la publication des documents volés",
};
static const char *const leak_head_fr[] = {
    "Fuite massive de documents de la campagne de $clast",
    "$agencefr met en garde contre la diffusion des documents piratés",
    "Ce que l'on sait de la fuite visant $clast",
};
static const char *const leak_sent_fr[] = {
    "Quelque $num gigaoctets de données ont été publiés sur {un site anonyme|un forum} $jour soir.",
    "Selon l'équipe de $clast, les documents, obtenus frauduleusement, sont mêlés à {de faux documents|de fausses informations}.",
    "$agencefr a rappelé que leur diffusion pouvait constituer une infraction pénale.",
};
static const char *const leak_post[] = {
    "#$leaktag {is real|is just the start|proves everything}. {Read the files.|The media won't tell you.}",
    "{Don't share|Stop sharing} the $clast {leak|files}, {half of it is fake|it's mixed with forgeries}.",
    "{9|Nine|Several} gigabytes dumped on the eve of the vote. {Who benefits?|Classic.}",
    "The {#$leaktag|leak} {documents|emails} show $clast {lied|hid money|is finished}. {RT!|Share before deleted!}",
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
    "{A|The} $pollster {poll|survey} {published|released} $tod $weekday {put|gave|showed} $cand {at|on|with} $pct of {voting intentions|the vote|first-round intentions}, {ahead of|behind|level with} $cand2.",
    "{The|This} survey of $big {people|adults|registered voters} {was conducted|was carried out|took place} {online|by telephone|over three days} and {has|carries} a margin of error of {two|three|2.5} points.",
    "{Around|Nearly|Some} $pct of {respondents|those polled|voters} {said|told pollsters} they {had not yet decided|could still change their mind|were unsure}.",
    "$clast {has|had} {gained|lost|dropped} $num points {since|compared with} {the previous survey|early March|the last debate}.",
    "{Turnout|Participation} {is|was} {expected|forecast|projected} at $pct, {one of the lowest|among the weakest|close to the record low} {since|in} {1969|2002|decades}.",
    "{Pollsters|Analysts} {caution|warn} that {the margins|the gaps} {remain|are} {within|close to} the margin of error {and that|while} $voters {remain|are} {volatile|hard to reach}.",
    "{In|For} the {run-off|second round}, the {poll|survey} {suggests|projects|shows} $clast {would beat|would defeat|would narrowly lose to} $c2last by $pct {to|against} the rest.",
    "$expert said the {numbers|results|figures} {reflected|showed|pointed to} a {fragmented|volatile|polarised} electorate {split|divided} over $issue.",
    "{Commissioned|Paid for} by $media, the {poll|survey} {was|had been} {criticised|questioned} by $party {for its|over its} {sample|methodology|timing}.",
    "{Online|Social media} {accounts|pages} {shared|circulated} a {fake|doctored|fabricated} poll {showing|that showed} $c2last {far ahead|in the lead}, {which|something} $pollster {denied|said it never published}.",
};
static const char *const poll_event_fr[] = {
    "le dernier sondage", "l'enquête d'opinion", "les sondages",
};
static const char *const poll_head_fr[] = {
    "Sondage : $cand {en tête|en recul} avec $pctfr",
    "Présidentielle : l'écart se resserre entre $clast et $c2last",
};
static const char *const poll_sent_fr[] = {
    "Selon {une enquête|un sondage} publié $jour, $cand {recueille|obtient} $pctfr des intentions de vote.",
    "Près de $pctfr des personnes interrogées se disent encore indécises.",
    "La marge d'erreur est de {deux|trois} points, {rappellent|soulignent} les sondeurs.",
};
static const char *const poll_post[] = {
    "{New poll:|Poll:} $clast $pct. {Game on.|Wow.|Don't believe it.} #$ctag",
    "{Polls were wrong on Brexit|Polls are fake news}. $c2last {will win|is winning}. #$ctag2",
    "{$pct undecided|Still $pct undecided} {a few days out|days before the vote}. {Anything can happen.|Wild.}",
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
    "{In|During} a {two-hour|three-hour|nearly three-hour} {debate|exchange} {watched by|followed by|seen by} {some|about|nearly} $num million viewers, $clast and $c2last {clashed|sparred|traded barbs} over $issue.",
    "$clast {accused|attacked} $c2last of {being|acting as} \"{the candidate of|a puppet of|the heir of} {the system|the banks|the outgoing government}\".",
    "{A snap poll|An instant survey} by $pollster {found|showed} that $pct of {viewers|respondents} {judged|found} $clast {more convincing|the winner|more presidential}.",
    "{The moderators|Journalists|The hosts} {struggled|failed|tried in vain} to {keep|hold} the {candidates|exchange} {to time|on topic|in check}.",
    "$c2last {repeated|made|advanced} a {claim|rumour|suggestion} about $clast's {offshore account|finances|past} {that|which} {fact-checkers|several newsrooms} {quickly|soon} {debunked|showed to be false}.",
    "{On|Over} $issue, {the two|both} {candidates|rivals} {set out|presented|defended} {sharply different|opposing|irreconcilable} {visions|programmes|plans}.",
    "{Viewers|Online users} {posted|sent} {more than|about} $big {messages|posts} {during|about} the debate, {with|and} #$ctag {trending|among the top topics} {for hours|all evening}.",
    "{It was|This was} {the first|the only|the last} {time|debate} {in French history|since 2002|this year} {that|in which} {all|the main} candidates {faced|met} {each other|one another} on television.",
};
static const char *const debate_event_fr[] = {
    "le débat télévisé", "le face-à-face", "le débat de l'entre-deux-tours",
};
static const char *const debate_head_fr[] = {
    "Débat : $clast et $c2last s'affrontent sur $enjeu",
    "Ce qu'il faut retenir du débat télévisé",
};
static const char *const debate_sent_fr[] = {
    "Pendant près de trois heures, $clast et $c2last se sont opposés sur $enjeu.",
    "Selon un sondage réalisé après l'émission, $pctfr des téléspectateurs ont jugé $clast plus convaincant.",
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
    "{Some|About|More than} $big {supporters|people|activists} {gathered|packed|crowded} {into|in} a {hall|stadium|square|conference centre} in $city {on|late on} $weekday to {hear|cheer|see} $cand.",
    "{Organisers|The campaign|Police} {put|estimated|counted} the {crowd|attendance|turnout} at $big, {a figure|a number} {disputed|contested|questioned} by {rivals|the police|local media}.",
    "$clast {spoke|talked|railed} for {almost|about|more than} {an hour|ninety minutes|two hours} about $issue and $issue.",
    "{A few dozen|Several hundred|Dozens of} {protesters|counter-demonstrators|activists} {gathered|demonstrated|were held back} {outside|nearby|behind police lines}, {chanting|shouting} {slogans|insults} {against|at} $clast.",
    "{In|During} {his|her|the} speech, $clast {promised|pledged|vowed} to {cut|raise|reform|protect} $issue {within|in} {a hundred days|the first year|five years}.",
    "{Riot police|Gendarmes|Security staff} {fired tear gas|made $num arrests|intervened} {after|when} {scuffles|clashes|fights} {broke out|erupted} {near|at} the {entrance|venue}.",
    "{The rally|The event} in $city, {a town|a city|a region} where $c2last {came|finished} {first|second|ahead} in $region {in 2012|in the last election|in the regional vote}, {was|was seen as} {a show of force|a challenge|a test}.",
    "{Supporters|Many in the crowd} {waved|carried|held up} {flags|placards|banners} {reading|with the words|bearing} \"{France first|Together|Change now|We are the people}\".",
};
static const char *const rally_event_fr[] = {
    "le meeting", "le rassemblement", "le grand meeting",
};
static const char *const rally_head_fr[] = {
    "À $city, $clast réunit des milliers de partisans",
    "Meeting de $clast à $city : des heurts avec des manifestants",
};
static const char *const rally_sent_fr[] = {
    "Quelque $big partisans se sont rassemblés $jour à $city pour écouter $cand.",
    "Des manifestants ont été tenus à distance par les forces de l'ordre.",
    "$clast a promis d'agir sur $enjeu dès les premiers mois du quinquennat.",
};
static const char *const rally_post[] = {
    "{Huge|Incredible|Massive} crowd for $clast in $city {tonight|today}! #$ctag",
    "{Paid|Bused-in} crowd at the $clast rally in $city. {Media won't show you.|Look closely.}",
    "{Eggs|Scuffles|Chaos} at the $clast rally in $city. {Disgraceful.|Who organised this?}",
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
    "$agency {said|reported} {on|late on} $weekday that {unemployment|the jobless rate} {stood at|rose to|fell to} $pct in the {first|last} quarter.",
    "$clast's {programme|plan} {would cost|is expected to cost|foresees spending of} {some|about|nearly} $num billion euros over {five years|the term|the next parliament}, {according to|said} {the campaign|$institute}.",
    "{Economists|Analysts} at $institute {said|warned|estimated} that {leaving the euro|the plan|the tax cuts} {could|would} {cost|add} {the country|households} {up to|as much as} $num billion euros.",
    "$c2last {called|branded|described} the {plan|proposal|costings} {\"fantasy\"|\"irresponsible\"|\"a fairy tale\"}, {saying|arguing} it {ignored|would worsen} $issue.",
    "{The|France's} public deficit {remained|stayed|was} {above|close to|just below} the European limit of three percent, {according to|said} $mlast.",
    "{Business leaders|Employers|Unions} {welcomed|criticised|questioned} the {pledge|plan|promise} to {cut|reform|raise} $issue.",
    "{Bond|Financial} markets {reacted|moved|wobbled} {nervously|sharply|slightly} {after|as} $clast {rose|climbed|fell} in the polls, with the spread {widening|narrowing} to $num basis points.",
};
static const char *const econ_event_fr[] = {
    "le programme économique", "les chiffres du chômage", "le chiffrage du programme",
};
static const char *const econ_head_fr[] = {
    "Chômage : le taux atteint $pctfr au premier trimestre",
    "Le programme de $clast chiffré à $num milliards d'euros",
};
static const char *const econ_sent_fr[] = {
    "Selon $agencefr, le taux de chômage s'établit à $pctfr au premier trimestre.",
    "Le programme de $clast coûterait quelque $num milliards d'euros sur cinq ans.",
    "Les économistes s'inquiètent des conséquences d'une sortie de l'euro.",
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
    "$official $name {again|repeatedly} {pointed the finger at|accused} {state-controlled media|outlets} {in|from} $country, saying they {were spreading|spread|relayed} \"the most defamatory\" {rumours|stories} about $clast.",
    "\"Today, we have to look at the facts: {two|several} {major|large} media platforms that belong to {the|a foreign} state {broadcast|spread} false news daily,\" $name $said.",
    "{A|One} {study|report|analysis} by $institute found that {about|some|nearly} $pct of {the links|the stories|the articles} shared {about|on} the election {came from|pointed to} {junk|unreliable|hyper-partisan} sites.",
    "{Researchers|Analysts} {identified|mapped|tracked} {a network of|about} $big {accounts|bots|profiles} {that|which} {posted|shared} the {same|identical} {messages|links} within {seconds|minutes} of each other.",
    "{Facebook|A major social network|The platform} {said|announced} it had {suspended|removed|taken down} {some|about} $big {fake accounts|pages} in France {ahead of|before} the {vote|first round}.",
    "{Many|Most|Several} of the {stories|articles|posts} {were|had been} {copied|lifted|republished} {word for word|almost verbatim|with minor changes} {by|on} {dozens of|several|a network of} {small|anonymous|little-known} sites.",
    "{The|An} {editor|spokeswoman} {at|for} $media {rejected|denied|dismissed} the {charge|claims|accusation}, {calling it|describing it as} \"{an attack on press freedom|censorship|a witch hunt}\".",
    "{Fact-checkers|Journalists} {from|at} {more than|about} $num {newsrooms|organisations} {joined|took part in} a {collaborative|joint} {project|effort} to {verify|debunk|check} {claims|stories|rumours} {circulating|spreading} online.",
    "$expert said the {campaign|operation} {aimed|seemed designed} {less to convince than|not so much to persuade as} to {sow doubt|confuse|tire} $voters.",
};
static const char *const disinfo_event_fr[] = {
    "la campagne de désinformation", "les fausses informations", "les rumeurs",
};
static const char *const disinfo_head_fr[] = {
    "Fausses informations : la campagne de $clast accuse des médias étrangers",
    "Les rédactions s'unissent contre les rumeurs en ligne",
};
static const char *const disinfo_sent_fr[] = {
    "Selon une étude, près de $pctfr des liens partagés sur l'élection renvoyaient vers des sites peu fiables.",
    "Des milliers de comptes ont relayé les mêmes messages à quelques secondes d'intervalle.",
    "Plusieurs rédactions ont lancé un projet commun de vérification des rumeurs.",
};
static const char *const disinfo_post[] = {
    "{Mainstream media|The MSM} {won't report|hides} this about $clast. {Share!|RT before it's deleted!|Wake up!}",
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
    "{Some|About|More than} $big {police officers|gendarmes|soldiers} {will be|were} {deployed|mobilised|on duty} {to protect|around} {polling stations|the vote}, $mlast $said.",
    "{A|One} police officer {was killed|died} and {two|three|several} {others|people} {were wounded|were injured} {when|after} a gunman opened fire in $city {on|late on} $weekday.",
    "$clast {suspended|cancelled|called off} {a campaign event|rallies|a planned visit} {after|following} the {attack|shooting}, while $c2last {called for|demanded} {tougher|new} {measures|border controls}.",
    "{Prosecutors|Investigators|$agency} {said|confirmed} the {suspect|attacker} {had been|was} known to {police|the intelligence services} and {had|was} {a criminal record|under surveillance}.",
    "{The|A} state of emergency, {in place|imposed} since {November 2015|the Paris attacks}, {remains|was extended} in force {until|through} {July|the summer}.",
    "{Candidates|Campaigns} {were urged|were asked} not to {exploit|politicise} the {tragedy|attack|events}, {a call|an appeal} {largely|partly} {ignored|heeded}.",
};
static const char *const sec_event_fr[] = {
    "l'attaque", "le dispositif de sécurité", "l'alerte terroriste",
};
static const char *const sec_head_fr[] = {
    "Plus de $big policiers mobilisés pour sécuriser le scrutin",
    "Attaque à $city : la campagne suspendue",
};
static const char *const sec_sent_fr[] = {
    "Quelque $big policiers et gendarmes seront mobilisés pour protéger les bureaux de vote.",
    "L'état d'urgence reste en vigueur jusqu'à l'été.",
};
static const char *const sec_post[] = {
    "{Another|A new} attack in $city. {When will they act?|Enough.|Thoughts with the victims.} #$ctag2",
    "$big police for the vote. {Stay safe.|Go vote anyway.|This is our country now?}",
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
    "$c2last {has promised|pledged|vowed} to {hold|organise|call} a referendum on {EU membership|leaving the euro|the European treaties} {within|in} {six months|a year} of taking office.",
    "{European|EU} {officials|diplomats|leaders} {are watching|followed|watched} the {campaign|vote|race} {closely|anxiously|nervously}, {fearing|worried about} {a new blow|another shock} after {Brexit|the British referendum}.",
    "$clast {travelled|went|flew} to $capital {on|late on} $weekday to {meet|see|hold talks with} {officials|leaders|the government}, {a trip|a visit} {seen|presented} as {a show of|proof of} {European|international} {credibility|stature}.",
    "{Support|Backing} for the euro {remains|is} {strong|solid|high} {among|with} French voters, {with|at} {about|some|nearly} $pct {in favour|wanting to keep it}, {according to|said} $pollster.",
};
static const char *const eu_event_fr[] = {
    "le débat européen", "la question de l'euro",
};
static const char *const eu_head_fr[] = {
    "$c2last promet un référendum sur l'Union européenne",
    "L'Europe s'inquiète de l'issue du scrutin",
};
static const char *const eu_sent_fr[] = {
    "$c2last promet un référendum sur la sortie de l'euro dans les six mois.",
    "Selon $pollster, près de $pctfr des Français restent attachés à l'euro.",
};
static const char *const eu_post[] = {
    "{Frexit now.|Take back control.|Brussels decides everything.} #$ctag2",
    "{Europe|The EU} {is|was} the real {winner|loser} of {tonight|this week}. $clast {gets it|doesn't}.",
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
    "{Unions|The CGT-Example union|Rail workers} {called|announced|staged} a {strike|walkout|day of action} {on|from} $weekday {over|against} {plans|reforms} {to|that would} {change|cut} $issue.",
    "{Only|About} {one in three|half of|two in five} {trains|flights|buses} {ran|operated} in $region, {according to|said} {the operator|local authorities|the ministry}.",
    "{Some|About|More than} $big {people|workers|demonstrators} {marched|took to the streets|protested} in $city, {police|organisers} {said|estimated}.",
    "$clast {said|argued|insisted} {the strike|the protests} {showed|proved|revealed} {anger|frustration|exasperation} {over|at} $issue, while $c2last {denounced|condemned} {\"hostage-taking\"|\"blockades\"}.",
};
static const char *const strike_event_fr[] = {
    "la grève", "le mouvement social", "les manifestations",
};
static const char *const strike_head_fr[] = {
    "Grève : le trafic perturbé à $city",
    "Manifestations contre la réforme : $big personnes dans la rue",
};
static const char *const strike_sent_fr[] = {
    "Les syndicats appellent à la grève $jour contre la réforme.",
    "Quelque $big manifestants ont défilé à $city selon la police.",
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
    "The first round of the presidential election is {scheduled|set|due to take place} for {April 23|Sunday}, while the run-off is {slated|expected|planned} for May 7.",
    "{Eleven|Several|The main} candidates are {running|standing|competing}, {and|but} {polls suggest|surveys show|most analysts expect} {only|just} {four|two|a handful} {have a real chance|can reach the run-off|are in contention}.",
    "$cand, {the candidate of|who leads|backed by} $party, {has|had} {campaigned|run} {largely|mostly|above all} on $issue and $issue.",
    "{On|Late on|Early on} $weekday, $cand {visited|toured|travelled to} $city, {where|and} {he|she|the candidate} {met|spoke to|talked with} $voters.",
    "{Meanwhile|At the same time|Elsewhere in the campaign}, $cand2 {sought|tried|attempted} to {shift|turn|steer} {the debate|attention} {back|} to $issue.",
    "$expert said the {campaign|race|election} {had been|was} {unlike any other|the most unpredictable in decades|dominated by scandals} {and that|while} $voters {remained|were} {undecided|volatile|disillusioned}.",
    "$minister, {speaking|interviewed|asked} {on|by} $media, said $claim.",
    "$official $name said $claim {and that|, adding that} $claim.",
    "{The|This} {affair|controversy|episode} {has|had} {overshadowed|dominated|weighed on} the {campaign|final stretch|last weeks} {for|over} {several days|a week|much of the month}.",
    "{Asked about|Questioned on|Pressed on} $event, $clast {said|replied|answered} that $claim.",
    "{According to|Citing} {sources close to|people familiar with} the {investigation|campaign|matter}, $claim.",
    "In $city, {a few|several|dozens of} {activists|volunteers|supporters} {handed out|distributed} {leaflets|flyers} {at|outside} {a market|a station|the town hall}.",
    "$clast {also|later|then} {promised|pledged|vowed} to {cut|reform|protect|review} $issue {if elected|once in office|in the first hundred days}.",
    "{Critics|Opponents|Rivals} {said|argued|pointed out} that $clast {had|has} {never|not} {explained|detailed|costed} {how|whether} {the plan|this} would {work|be financed}.",
    "{The|Outgoing} President {Francois|Francoise} {Hollande|Hollier}, {who|having} {decided|chose} not to {run|seek re-election}, {said|stressed} that $claim.",
    "{Members of|Officials from} $party {met|gathered} {behind closed doors|at party headquarters} {on|late on} $weekday to {discuss|debate|agree on} {strategy|the next steps|a response}.",
    "{The|A} {report|statement|note} {published|released|issued} by $agency {on|late on} $weekday {said|found|concluded} that $claim.",
    "{Turnout|Participation} {in|among} $voters {is|remains|was} {seen|regarded} as {key|decisive|crucial} {to|for} the {outcome|result}.",
    "$clast {denied|rejected|dismissed} {any|all} {wrongdoing|responsibility|involvement} {and|but} {said|promised} {to|that he would|that she would} {cooperate|answer questions|explain}.",
    "{It|This} {was|is} not {the first|the only} {time|occasion} {that|} $event {had|has} {drawn|attracted|caused} {criticism|concern|attention} {abroad|in Brussels|in $capital}.",
    "$cand {reacted|responded} {within hours|the same evening|the next morning} {on|with a message on} social media, {saying|writing} that $claim.",
    "{Many|Several|Some} {observers|commentators|analysts} {compared|likened} {the situation|$event} to {what happened|events} in the United States {in 2016|a few months earlier}.",
    "{A|One} {senior|leading} {figure|member} of $party, {speaking|who spoke} on condition of anonymity, said $claim.",
    "{The|This} {news|report|development} {came|arrived} {as|while|just as} $reason.",
};
const vg_sim_list vg_sim_generic_en = VG_LIST(generic_en);

static const char *const background_en[] = {
    "{Moscow|$capital} has previously faced accusations from {the United States intelligence community|Western governments|several European capitals} over alleged attempts to influence {elections|the latest presidential elections|votes abroad}.",
    "{In|Back in} {December|January|the autumn}, $official $name said that {France, Germany and the Netherlands|several European countries|France and its neighbours} {may|could|might} be {subjected to|targeted by} {hacking attacks|interference|cyber operations} in light of {the upcoming elections|their elections}.",
    "{In|A} declassified report released in January, the {US|American} intelligence community concluded that $country {resorted to|used} {hacking|cyber operations} {to help|to support|in favour of} {a candidate|one side} {in the US election|in 2016}.",
    "{France|The French state} {has|had} {invested|spent} {heavily|some $num million euros} in {cyber defence|cybersecurity|digital protection} since {2013|2015|the attack on a television network}.",
    "{The|France's} electoral {law|code} {bars|forbids} {the publication|any publication} of {polls|results|campaign material} {after midnight on Friday|on the eve of the vote|until 8 pm on Sunday}.",
    "{About|Some|Nearly} {47|45|46} million {French people|voters|citizens} are {registered|eligible|called} to vote, {including|among them} {some|about} $num million {abroad|living outside France}.",
    "{The|This} campaign {has been|was} {marked|shaken|dominated} by {scandals|legal affairs|an investigation} {involving|targeting} {several|two} {candidates|contenders}, {including|notably} $c2last.",
    "Voting {begins|began|starts} {a day earlier|on Saturday} in {overseas territories|French Guiana|Saint-Pierre and Miquelon} and {for citizens|among voters} {abroad|in the Americas}.",
};
const vg_sim_list vg_sim_background_en = VG_LIST(background_en);

static const char *const quote_en[] = {
    "\"$qbody,\" $cand $said {in|during} {an interview with|a speech in} {$media|$city}.",
    "\"$qbody. $qbody,\" $minister $said.",
    "\"$qbody,\" {said|declared} $official $name {on|late on} $weekday.",
    "$expert {said|told us|noted}: \"$qbody.\"",
    "\"$qbody,\" $clast {told|said to} {supporters|a crowd|the audience} in $city, {adding|before adding}: \"$qbody.\"",
    "{Speaking|Writing} {on|in} $media, $mlast {said|insisted}: \"$qbody.\"",
    "\"$qbody,\" {a spokesperson|a spokesman|a spokeswoman} for $agency said.",
    "$official $name {hit back|responded|replied}, calling {the accusations|the claims|it} \"{absurd|baseless|hysterical}\".",
};
const vg_sim_list vg_sim_quote_en = VG_LIST(quote_en);

static const char *const generic_fr[] = {
    "Le premier tour de l'élection présidentielle {aura lieu|est prévu} le 23 avril, le second le 7 mai.",
    "$cand, {soutenu|soutenue} par $partifr, a fait campagne sur $enjeu et $enjeu.",
    "$jourcap, $cand s'est rendu à $city pour rencontrer des électeurs.",
    "$ministrefr a estimé que $claimfr.",
    "{Selon|D'après} des sources proches {du dossier|de l'enquête}, $claimfr.",
    "Interrogé sur $evenement, $clast a répondu que $claimfr.",
    "Les adversaires de $clast lui reprochent de ne pas avoir chiffré son programme sur $enjeu.",
    "{Plusieurs|De nombreux} observateurs comparent $evenement à ce qui s'est passé aux États-Unis en 2016.",
    "Le rapport publié par $agencefr conclut que $claimfr.",
    "La participation sera {déterminante|décisive}, selon {les politologues|les analystes}.",
    "Près de 47 millions d'électeurs sont appelés aux urnes, dont environ $num millions à l'étranger.",
    "Cette affaire a dominé la fin de campagne pendant {plusieurs jours|une semaine}.",
};
const vg_sim_list vg_sim_generic_fr = VG_LIST(generic_fr);

static const char *const quote_fr[] = {
    "« $qbodyfr », $dit $cand {lors d'un meeting à $city|dans un entretien}.",
    "« $qbodyfr », a déclaré $ministrefr.",
    "« $qbodyfr. $qbodyfr », $dit $clast.",
};
const vg_sim_list vg_sim_quote_fr = VG_LIST(quote_fr);

static const char *const background_fr[] = {
    "La campagne a été marquée par {plusieurs affaires|des affaires judiciaires}.",
};
const vg_sim_list vg_sim_background_fr = VG_LIST(background_fr);

static const char *const furniture[] = {
    "Subscribe", "Read more", "Share this article", "Advertisement", "Sign up for our newsletter",
    "Follow us on Twitter", "Leave a Reply", "Comments", "Related articles", "Most read",
    "Click here to subscribe", "Share on Facebook", "Print this page",
    "To participate in the discussion log in or register",
};
const vg_sim_list vg_sim_furniture = VG_LIST(furniture);

static const char *const furniture_fr[] = {
    "Abonnez-vous", "Lire aussi", "Partager cet article", "Publicité",
    "Inscrivez-vous à notre lettre d'information", "Suivez-nous sur Twitter",
    "Réagir", "Commentaires", "Sur le même sujet", "Les plus lus",
    "Cet article est réservé aux abonnés", "Partager sur Facebook", "Imprimer",
    "Pour participer à la discussion, connectez-vous ou inscrivez-vous",
};
const vg_sim_list vg_sim_furniture_fr = VG_LIST(furniture_fr);

static const char *const farm_original[] = {
    "{This|It} {is|was} {a developing story|breaking news} and {will be|is being} updated.",
    "{Stay tuned|Keep following us} for {more|further updates} on $event.",
    "{Many|Some} {readers|people} {are asking|wonder} {what|whether} $event {means|will change} for $voters.",
    "{The|This} {truth|story} {about|behind} $event {is|may be} {far more|much more} {complicated|troubling} than {officials|the media} {admit|say}.",
    "{It remains to be seen|Nobody knows yet} {how|whether} $event will {affect|change} the {result|vote}.",
    "{What do you think?|Tell us what you think.} {Is|Was} $clast {telling the truth|to blame}?",
    "{Critics|Many} {say|believe} $event {was|is} {only|just} the {beginning|tip of the iceberg}.",
};
const vg_sim_list vg_sim_farm_original = VG_LIST(farm_original);

static const char *const post_generic[] = {
    "{Just|Finally} {voted|registered to vote}. {Proud.|Go vote!|Every vote counts.} #$tag",
    "{Honestly|Seriously|Ok so}, $clast {on|about} $issue {makes no sense|is right|is the only sane position}. #$tag",
    "{Can't believe|Still can't believe|Amazing that} {people|anyone} {still|actually} {support|trust} $clast. #$tag",
    "{Anyone|Does anyone} {know|have} {a good|an honest} {explainer|summary} {on|of} $clast's {plan|programme} {for|on} $issue?",
    "$clast {vs|or} $c2last. {Tough choice|No choice at all|Easy choice} {this year|on Sunday}. #$tag",
    "{Watching|Following} the {coverage|results|news} {from|in} $city. {Long night ahead.|Tense.} #$tag",
    "{My|Our} {town|village|neighbourhood} {$city|} {has|had} {posters|leaflets} {everywhere|on every wall} for $clast.",
    "{Listening to|Reading} $clast on $issue {again|tonight}. {Same old promises.|Not bad actually.|Not convinced.}",
    "{Another|One more} {day|week}, {another|one more} {scandal|hack|leak} in this campaign. #$tag",
    "{The|This} $event story {is getting|gets} {weirder|bigger|crazier} {by the hour|every day}. #$tag",
};
const vg_sim_list vg_sim_post_generic = VG_LIST(post_generic);

static const char *const post_fr[] = {
    "{J'ai voté|Je vais voter} {dimanche|ce week-end}. {Allez voter !|Chaque voix compte.} #$tag",
    "$clast sur $enjeu, {franchement|sérieusement} {pas convaincu|pas mal|n'importe quoi}. #$tag",
    "Encore {une affaire|un scandale} dans cette campagne... #$tag",
    "Qui a regardé {le débat|l'émission} hier soir ? $clast {très bon|à la peine}. #$tag",
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
    "{That's not|This isn't} what $clast said. {At all.|Watch the video.}",
    "{Fake|Doctored|Old} {photo|screenshot|quote}. {Debunked already.|Reported.}",
    "{Lol|Haha|Sure}. {Keep telling yourself that.|Ok.}", "{Who|Where} {told you|did you get} that?",
    "{Thanks for sharing|Good point}. {Scary.|Worrying.|Didn't know.}",
    "$clast {will|won't} {win|make the run-off}, {mark my words|trust me|you'll see}.",
};
const vg_sim_list vg_sim_post_reply = VG_LIST(post_reply);

static const char *const copypasta[] = {
    "{BREAKING|URGENT|MUST SEE}: {leaked|secret|hidden} documents show $clast {has|hid} {an offshore account|millions} in {the Bahamas|Cyprus|Panama}. {The media is silent!|Why is nobody talking about this?} #$leaktag #$ctag2",
    "{Do not|Don't} let {them|the elites} {steal|rig} this election. {Vote|Everyone vote} $c2last on Sunday! {#$ctag2|#Presidentielle2017}",
    "$clast {is|was} {the candidate of the banks|a puppet of Brussels|bought by foreign money}. {Share before it's deleted!|RT if you agree!} #$ctag2",
    "{Huge|Massive} {fraud|irregularities} {reported|found} in $city polling stations. {Demand a recount!|Spread the word!} #$tag",
    "{They|The media} {hide|hid} {the truth|the facts} about $event. {Read the files|Look it up} and {decide|judge} for yourself. #$leaktag",
    "{French|True} patriots {know|see} what $clast {really is|is hiding}. {#$ctag2|#$tag} {#France|#Patriots}",
    "{Polls are|The poll is} {fake|rigged}. $c2last {leads|is ahead} {by far|everywhere}. {Don't be fooled!|Vote!} #$ctag2",
    "{Confirmed|Now confirmed}: $clast {campaign|team} {financed|funded} by {foreign|Gulf|Wall Street} money. #$leaktag",
    "{Ballots|Voting papers} for $c2last {destroyed|missing} in $city? {Share this!|Everyone needs to know.} #$tag",
};
const vg_sim_list vg_sim_copypasta = VG_LIST(copypasta);

static const char *const hashtags[] = {
    "Election2017", "Presidentielle2017", "FrenchElection", "Vote2017", "France2017",
    "Debat2017", "1erTour", "JeVote", "SecondTour", "Elysee2017",
};
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
