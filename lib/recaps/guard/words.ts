// Word lists behind the Chatham House guard, kept apart from its rules so
// they can grow without touching the logic. All entries are folded (lower
// case, no diacritics, no full stops).

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Family names that are also ordinary English words, places or months. Alone,
 * they are flagged only where their capital letter cannot be explained by
 * grammar (see the rule in attribution-guard.ts).
 */
export const COMMON_WORD_SURNAMES = words(`
  young old long short small little large strong sharp swift quick rich poor good best bright brave wise
  gay bland bold hardy hale keen gentle fair moody savage sweet wild free strange worthy early late blank
  black blue brown gray grey green white gold silver rose violet pink scarlet
  baker barber bishop brewer butcher carpenter carter chandler clerk cook cooper draper farmer fisher fowler
  gardener glover hunter judge mason miller painter parker porter potter sawyer shepherd singer skinner smith
  steward tanner thatcher turner walker weaver wright archer banker butler chamberlain collier dean marshal
  marshall page knight king prince noble lord bachelor squire sheriff friar monk pope cardinal priest fuller
  dyer salter slater mercer chapman major
  bird bush berry branch brook brooks field fields fox frost hill hills lake marsh moon moss rain reed rice
  river rivers rock snow stone storm wood woods forest ford heath holly ash oak pine park parks lamb wolf
  crow swan finch hawk drake bull buck hart fish salmon nightingale crane sparrow peacock lion bear hare
  beaver badger wren robin bee flower flowers bloom birch cotton flint steel iron irons cliff dale glen vale
  shore banks bank lane street bridge bridges gate gates wall walls hall mills mill wells church castle
  tower towers cross cave pool sands meadows fountain spring springs summer summers winter winters day
  night christmas easter
  grant hope love joy faith patience grace case price cash penny money power powers miles mark marks bell
  ring horn cole salt sugar honey pepper bacon bean beans pierce rush chase hunt wade trump post shields
  stamp hand foot head cannon hammer nail cork speed star law justice peace may march april june august
  english french welsh irish holland england jordan london paris chad washington lincoln houston austin
  chester kent york lancaster florence israel georgia
`);

/** Given names that are also ordinary words: lower case, they do not make the next word a name ("will rice", "grace hope"). */
export const COMMON_WORD_GIVEN_NAMES = words(`
  will grace hope rose may june april august mark bill pat sue joy faith dawn iris lily ruby amber summer
  rich art frank guy jack rob bob sandy carol holly ivy hunter chase max miles victor crystal pearl penny
  honey sky river rowan robin wade dean earl ray gene buck sterling king prince major
`);

/** Months that are also family names: capitalized mid-sentence, they are nearly always the month. */
export const MONTH_SURNAMES = words("march april may june august");

/**
 * Words that make a following family name a name, whatever its case: "Ms.
 * Rice", "Ambassador Young", "H.E. Ms. Søreide". A person's own stored
 * honorific counts too.
 */
export const HONORIFICS = words(`
  mr mrs ms miss mx dr prof professor sir dame lord lady he hh hrh excellency honorable honourable hon
  ambassador amb minister president senator sen judge justice rev reverend sheikh shaikh sheikha
  secretary-general under-secretary-general gen general lt col colonel capt captain adm admiral maj
  commissioner mme mlle messrs envoy rapporteur director chair chairman chairwoman chairperson governor
  mayor king queen prince princess representative secretary fellow head majesty highness president-elect
`);

/**
 * Modifiers that may stand in a title before a name ("Foreign Minister",
 * "Deputy Director") but, alone, do not make the next word a name ("Foreign
 * Power", "Senior Young Leaders").
 */
export const TITLE_WORDS = words("foreign prime deputy special vice former acting chief assistant executive permanent senior high his her");

/** Lower-case particles inside names: "Ine Eriksen Søreide", "Jean-Yves Le Drian", "Hamad bin Isa Al Khalifa". */
export const NAME_PARTICLES = words("de da del della der di dos du el al la le van von ten ter bin bint ibn y");

/**
 * Subjects that attribute a remark to nobody in particular, the way a
 * Chatham House recap is meant to: "participants noted", "one speaker said".
 * A final "s" is also tried, so plurals need no entry.
 */
export const NEUTRAL_SUBJECTS = words(`
  participant speaker discussant panelist panellist expert attendee delegate member official minister
  ambassador representative observer colleague author researcher scholar analyst diplomat advocate
  practitioner commander commissioner president chair moderator presenter guest audience panel
  government governments country countries state states organization organisation agency
  they he she we i it you someone somebody everyone everybody nobody none anyone many most some several
  few others other both all each either neither one two three four five another people person
  woman women man men leader leaders respondent respondents donor donors contributor contributors
  secretary-general secretary ministers ambassadors officials
`);

/**
 * Capitalized words that begin sentences but are no one's name; trimmed from
 * the front of a would-be name before a speech verb ("However Taylor said").
 */
export const LEADING_WORDS = words(`
  a an in on at by for from with to of however finally also then later yesterday today here there this
  that these those it its their his her both each every all some many most several other others one two
  three another such meanwhile similarly likewise moreover furthermore additionally nevertheless still yet
  but and or so thus indeed instead overall ultimately afterwards subsequently earlier further when while
  where as if because since after before during following throughout notably importantly lastly first
  second third next now again accordingly consequently specifically crucially interestingly speaking
  responding concluding opening closing welcoming summing asked
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december
`);

/**
 * A would-be speaker whose last word is one of these is an institution or a
 * document ("the Security Council", "Resolution 1325", "Human Rights Watch"),
 * not a person; its name is caught, if at all, as an affiliation.
 */
export const INSTITUTION_WORDS = words(`
  council assembly committee commission organization organisation agency office ministry department
  government institute center centre foundation fund programme program bank union nations group
  association university report agenda resolution charter declaration convention secretariat mission
  forum alliance court tribunal parliament congress senate times post news survey index study review
  initiative framework plan strategy agreement accord accords treaty protocol act law article watch
  network women international
`);

/** Prepositions and articles before a capitalized word make it an object, not a speaker: "in Norway, participants said". */
export const NOT_BEFORE_SPEAKER = words("in on at by for from with to of into about across between among during under over through within without toward towards against the a an");

/** Verbs that report what someone said or thought, in the forms a recap uses. */
export const SPEECH_VERBS = [
  "said", "says", "stated", "states", "noted", "notes", "argued", "argues", "stressed", "stresses",
  "emphasized", "emphasised", "emphasizes", "emphasises", "remarked", "remarks", "told", "tells", "warned",
  "warns", "added", "adds", "explained", "explains", "observed", "observes", "pointed out", "points out",
  "suggested", "suggests", "highlighted", "highlights", "underlined", "underlines", "underscored",
  "underscores", "insisted", "insists", "asked", "asks", "recalled", "recalls", "cautioned", "cautions",
  "acknowledged", "acknowledges", "commented", "comments", "concluded", "concludes", "urged", "urges",
  "contended", "contends", "maintained", "maintains", "declared", "declares", "replied", "replies",
  "responded", "responds", "wrote", "writes", "believes", "believed", "agreed", "agrees", "claimed",
  "claims", "mentioned", "mentions", "reiterated", "reiterates", "affirmed", "affirms", "proposed",
  "proposes", "recommended", "recommends", "described", "describes", "called for", "calls for",
] as const;

/** Verbs that can follow a quotation and precede the speaker: "“…,” said Taylor". */
export const INVERTED_SPEECH_VERBS = [
  "said", "says", "added", "adds", "noted", "explained", "asked", "observed", "remarked", "stated",
  "continued", "argued", "stressed", "warned", "wrote", "replied", "concluded",
] as const;

/** Past participles in "a point made by Taylor", "as stressed by Taylor". */
export const PASSIVE_SPEECH_VERBS = [
  "said", "stated", "noted", "argued", "stressed", "emphasized", "emphasised", "raised", "made",
  "suggested", "proposed", "highlighted", "echoed", "pointed out", "expressed", "voiced", "underscored",
] as const;

/**
 * The head nouns of job titles: what a description of a person turns on ("the
 * Swedish defence minister", "Chile's ambassador"). A participant holds the
 * roles whose head nouns their title (or honorific) contains.
 */
export const ROLE_HEADS = words(`
  minister ambassador representative envoy director director-general professor president secretary
  secretary-general under-secretary-general commissioner chair chairman chairwoman chairperson founder
  co-founder coordinator administrator governor mayor senator commander rapporteur adviser advisor
  counsellor counselor consul dean rector chancellor fellow analyst lecturer economist editor general
  colonel spokesperson spokesman spokeswoman attache ombudsman ombudsperson diplomat
`);

/** Honorifics that carry a role: "Prof." is a professor, "Amb." an ambassador. */
export const HONORIFIC_ROLES: Readonly<Record<string, string>> = {
  prof: "professor",
  professor: "professor",
  amb: "ambassador",
  ambassador: "ambassador",
  gen: "general",
  general: "general",
  col: "colonel",
  colonel: "colonel",
  senator: "senator",
  sen: "senator",
  governor: "governor",
  mayor: "mayor",
};

/**
 * The kinds of organization a recap may paraphrase an affiliation by ("an
 * Estonian university", "the Norwegian foreign ministry"). "think tank" is
 * read as its last word and stands for institutes and centres.
 */
export const KIND_HEADS = words(`
  university ministry institute institution centre center foundation network forum mission embassy agency
  academy council commission programme program organization organisation department government tank college
  school bank fund society association union alliance initiative delegation parliament office
`);

/** Kinds that, with a country, never identify: every country has one ("the Norwegian government"). */
export const EVERY_COUNTRY_HAS_ONE = words("government parliament embassy delegation");

/** What "think tank" stands for in an affiliation. */
export const THINK_TANK_WORDS = words("institute institution centre center think");

/**
 * Words that narrow a role or a kind ("deputy", "defence", "foreign"): in a
 * description, each must be in the participant's title (or affiliation, for
 * a kind), or the description means someone else.
 */
export const ROLE_MODIFIERS = words(`
  deputy vice assistant associate adjunct former acting interim state prime permanent senior junior executive
  special resident high chief managing regional foreign defence defense finance trade health interior justice
  education environment environmental economic economy development labour labor agriculture energy home culture
  security political policy research principal lead founding national international women's human rights
  humanitarian peace military police legal think emeritus visiting distinguished
`);

/** Words that open a description of one person: "the", "a", "one", "this". */
export const DESCRIPTION_DETERMINERS = words("the a an one this that our their its");

/** Spellings that mean the same word in a title or an affiliation. */
export const SAME_WORD: Readonly<Record<string, string>> = {
  defense: "defence",
  center: "centre",
  program: "programme",
  labor: "labour",
  organization: "organisation",
  advisor: "adviser",
  counselor: "counsellor",
  chairman: "chair",
  chairwoman: "chair",
  chairperson: "chair",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  "co-founder": "founder",
  economy: "economic",
};
