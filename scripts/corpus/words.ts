/**
 * The vocabulary of the generated corpus: invented headlines and comment
 * fragments in the register of a news site's comment section. Plain lists, kept
 * apart from the code that combines them so the prose can change without the
 * generator's logic moving. Every entry is one line of non-blank text that starts
 * with no whitespace and no bullet, so no combination can look like a header or
 * shift indentation.
 */

/** Who a headline is about, in title case. */
export const titleActors = [
	'U.S.-led Coalition',
	'European Commission',
	'Turkish Army',
	'Central Bank',
	'Health Ministry',
	'Opposition Leader',
	'City Council',
	'Russian Navy',
	'Chinese Tech Giant',
	'Farmers’ Union',
	'Port Authority',
	'Supreme Court',
	'Energy Regulator',
	'Defense Minister',
	'Rail Operator',
	'Mayor of Lyon',
] as const;

/** What the actor of a headline does, in title case. */
export const titleVerbs = [
	'Hands Over',
	'Announces',
	'Rejects',
	'Postpones',
	'Expands',
	'Withdraws From',
	'Quietly Approves',
	'Investigates',
	'Suspends',
	'Defends',
	'Doubles Down On',
	'Backs Away From',
] as const;

/** What a headline's verb acts on, in title case. */
export const titleObjects = [
	'Key Air Base',
	'New Trade Deal',
	'Emergency Budget',
	'Border Crossing',
	'Vaccine Contracts',
	'Port Expansion',
	'Election Results',
	'Fuel Subsidies',
	'Grain Corridor',
	'Pension Reform',
	'Drone Program',
	'Water Rationing Plan',
] as const;

/** Optional endings of a headline. */
export const titleTails = [
	'',
	'',
	'',
	'(Photos)',
	'(Video)',
	'Amid Protests',
	'After Rocket Attacks',
	'— Report',
	': What We Know',
	'Despite Warnings',
	'Again',
] as const;

/** Who an article's sentences are about, cased as inside a sentence, after "the". */
export const articleActors = [
	'U.S.-led coalition',
	'European Commission',
	'Turkish army',
	'central bank',
	'health ministry',
	'opposition leader',
	'city council',
	'Russian navy',
	'farmers’ union',
	'port authority',
	'Supreme Court',
	'energy regulator',
	'defence minister',
	'rail operator',
] as const;

/** Sentences of an article body, `{actor}`, `{object}` and `{month}` filled in. */
export const articleSentences = [
	'The {actor} announced on {month} that a review of the {object} is under way.',
	'A spokesman for the {actor} said the decision was “long-planned” and not a reaction to recent events.',
	'Critics say the decision on the {object} was rushed through without a public debate.',
	'According to officials, around {number} people are directly affected.',
	'The move comes a day after a similar announcement in a neighbouring country.',
	'Local media reported that the {object} had been discussed behind closed doors for months.',
	// biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder the generator fills, not a template
	'Analysts expect the {actor} to face questions about the cost, estimated at ${number} million.',
	'Neither side responded to requests for comment by the time of publication.',
	'In a statement, the {actor} called the reports “misleading” and promised more details next week.',
	'Residents interviewed near the site said they learned about the {object} from social media.',
	'The last comparable decision, in {year}, was reversed after six weeks of protests.',
	'Officials insist the changes to the {object} are temporary; documents seen by reporters suggest otherwise.',
] as const;

/** Items of a bulleted list inside an article body. */
export const listItems = [
	'the timeline for the handover',
	'who pays for the transition',
	'what happens to the staff',
	'whether parliament gets a vote',
	'the role of foreign contractors',
	'the cost of delays',
	'which regions are affected first',
	'how complaints will be handled',
	'the legal basis',
	'the security guarantees',
	'the environmental review',
	'compensation for residents',
] as const;

/** Optional first words of a comment sentence. */
export const commentOpeners = [
	'',
	'',
	'',
	'',
	'Honestly,',
	'So',
	'Let’s be clear:',
	'Funny how',
	'Nobody believes',
	'I read that',
	'Of course',
	'Again,',
	'Typical.',
	'Sure,',
	'Wake up:',
	'Meanwhile',
	'Remember when',
	'LOL,',
	'Exactly —',
	'Sorry but',
] as const;

/** Subjects of a comment sentence. */
export const commentSubjects = [
	'the government',
	'the coalition',
	'these people',
	'the media',
	'our so-called leaders',
	'the article',
	'the ministry',
	'Washington',
	'Brussels',
	'the army',
	'the central bank',
	'the locals',
	'everyone here',
	'you',
	'they',
	'the experts',
	'your friends',
	'the whole café crowd',
	'the naïve ones',
	'Beijing',
	'the bankers',
	'half this thread',
] as const;

/** Verbs of a comment sentence, in forms that agree with any subject. */
export const commentVerbs = [
	'knew about',
	'ignored',
	'never cared about',
	'will pay for',
	'lied about',
	'kept repeating',
	'misread',
	'will never stop talking about',
	'pretended to understand',
	'wanted to hide',
	'should explain',
	'underestimated',
	'cashed in on',
	'blamed others for',
	'already forgot',
	'got it right about',
	'will never admit',
] as const;

/** Objects of a comment sentence. */
export const commentObjects = [
	'the real reason',
	'the numbers',
	'the base',
	'the budget',
	'the virus',
	'the election',
	'the oil money',
	'the whole story',
	'the last ten years',
	'this deal',
	'the sanctions',
	'the photos',
	'the protests',
	'what happened in 2014',
	'the “temporary” measures',
	'the résumé of that minister',
	'the trade with 中国',
	'the déjà vu',
	'the façade',
	'the price of bread',
	'their own report',
	'the map',
] as const;

/** Endings of a comment sentence, punctuation included. */
export const commentTails = [
	'.',
	'.',
	'.',
	'.',
	'.',
	' as usual.',
	', period.',
	'…',
	' — look it up.',
	' and everyone knows it.',
	'!',
	'?',
	'. :)',
	' lol',
	'. 😂',
	'. 🙄',
	' 👍',
	'!!!',
	', don’t you think?',
	' (source: the article).',
] as const;

/** Whole short comment lines, said as they are. */
export const commentShouts = [
	'Exactly.',
	'Source?',
	'Nonsense.',
	'Well said.',
	'This.',
	'Who cares.',
	'Read the article.',
	'+1',
	'Same old story.',
	'Ha! 😂',
	'You again?',
	'Not even close.',
	'“Temporary”. Sure.',
	'Merci, enfin quelqu’un de sensé.',
	'Thanks for the link.',
] as const;

/** First names of commenters, some non-ASCII. */
export const firstNames = [
	'John',
	'Maria',
	'Damien',
	'Ivan',
	'Azriel',
	'Fatima',
	'Chen',
	'Olga',
	'Pierre',
	'Amon',
	'Zoë',
	'José',
	'Björn',
	'Aiko',
	'Kwame',
	'Siobhan',
	'Raúl',
	'Priya',
	'Tomasz',
	'Leila',
	'Hiroshi',
	'Nadia',
	'Gustavo',
	'Ingrid',
	'Mehmet',
	'Ana',
	'Samuel',
	'Yusuf',
	'Chloé',
	'Ali',
] as const;

/** Last names of commenters, some non-ASCII. */
export const lastNames = [
	'Wallace',
	'Cohen',
	'Herskowitz',
	'Petrov',
	'Okafor',
	'Nguyen',
	'Müller',
	'García',
	'Silva',
	'Kowalski',
	'Haddad',
	'Tanaka',
	'O’Brien',
	'Dubois',
	'Rossi',
	'Andersson',
	'Yılmaz',
	'Singh',
	'Costa',
	'Novak',
	'Li',
	'Martín',
	'Fischer',
	'Moreau',
] as const;

/** Words handles are built from. */
export const handleWords = [
	'truth',
	'seeker',
	'patriot',
	'eagle',
	'wolf',
	'nomad',
	'skeptic',
	'verner',
	'goingbrokes',
	'anon',
	'realist',
	'oldtimer',
	'freethinker',
	'vodobenikov',
	'sailor',
	'watcher',
	'citizen',
	'bear',
	'hawk',
	'dove',
	'東京',
	'kiwi',
] as const;

/** Full month names, index 0 for January. */
export const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** Month abbreviations docs/FORMAT.md recognises, index 0 for January. */
export const monthAbbreviations = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sept',
	'Oct',
	'Nov',
	'Dec',
] as const;

/** Weekday names, index 0 for Sunday as `Date#getUTCDay` counts. */
export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
