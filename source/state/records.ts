/**
 * The documents of the reading state, as they are on disk (JSON, tab-indented, so a person
 * or `jq` can read them), with the checks that tell a sound one from a damaged one and the
 * merges that combine two processes' versions without losing either's updates.
 */

/** Bumped when a document's shape changes incompatibly; an unknown version is set aside. */
export const recordVersion = 1;

/** `articles/<article id>.json`: the comments of one article seen on screen. */
export interface ArticleRecord {
	readonly version: number;
	readonly title: string | null;
	readonly date: string | null;
	/** The last source it was read from (for people reading the file). */
	readonly source: string;
	/** When it was last opened (ms since 1970). */
	readonly visited: number;
	/** Identities of the comments seen, sorted. */
	readonly seen: readonly string[];
}

/** One starred comment (or one unstarred: `on` false, kept a while so a merge knows). */
export interface StarEntry {
	readonly article: string;
	readonly title: string | null;
	readonly author: string;
	/** The start of its text, for people and for `--json --starred` when the article is not loaded. */
	readonly excerpt: string;
	readonly on: boolean;
	/** When it was starred or unstarred (ms since 1970): the later change wins a merge. */
	readonly at: number;
}

/** `stars.json`: every starred comment, by comment identity. */
export interface StarsRecord {
	readonly version: number;
	readonly stars: Readonly<Record<string, StarEntry>>;
}

/** `inputs/<hash of the input paths>.json`: where the reader was in one set of inputs. */
export interface ResumeRecord {
	readonly version: number;
	readonly inputs: readonly string[];
	readonly at: number;
	readonly screen: 'list' | 'thread';
	/** The open article's identity, or null. */
	readonly article: string | null;
	/** The focused comment's identity, or null for the article head. */
	readonly focus: string | null;
	/** Identities of the folded comments of that article. */
	readonly folded: readonly string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);
const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string';

/** Whether `value` is a sound article record. */
export function isArticleRecord(value: unknown): value is ArticleRecord {
	return (
		isObject(value) &&
		value['version'] === recordVersion &&
		isNullableString(value['title']) &&
		isNullableString(value['date']) &&
		typeof value['source'] === 'string' &&
		typeof value['visited'] === 'number' &&
		Array.isArray(value['seen']) &&
		value['seen'].every(isId)
	);
}

/** Whether `value` is a sound stars record. */
export function isStarsRecord(value: unknown): value is StarsRecord {
	if (!isObject(value) || value['version'] !== recordVersion || !isObject(value['stars'])) {
		return false;
	}
	return Object.entries(value['stars']).every(
		([id, entry]) =>
			isId(id) &&
			isObject(entry) &&
			isId(entry['article']) &&
			isNullableString(entry['title']) &&
			typeof entry['author'] === 'string' &&
			typeof entry['excerpt'] === 'string' &&
			typeof entry['on'] === 'boolean' &&
			typeof entry['at'] === 'number',
	);
}

/** Whether `value` is a sound resume record. */
export function isResumeRecord(value: unknown): value is ResumeRecord {
	return (
		isObject(value) &&
		value['version'] === recordVersion &&
		Array.isArray(value['inputs']) &&
		value['inputs'].every((input) => typeof input === 'string') &&
		typeof value['at'] === 'number' &&
		(value['screen'] === 'list' || value['screen'] === 'thread') &&
		(value['article'] === null || isId(value['article'])) &&
		(value['focus'] === null || isId(value['focus'])) &&
		Array.isArray(value['folded']) &&
		value['folded'].every(isId)
	);
}

/** Two processes' article records as one: every comment either saw, the later visit's details. */
export function mergeArticle(disk: ArticleRecord | null, mine: ArticleRecord): ArticleRecord {
	if (disk === null) {
		return mine;
	}
	const later = mine.visited >= disk.visited ? mine : disk;
	return {...later, seen: [...new Set([...disk.seen, ...mine.seen])].sort()};
}

/** Two stars records as one: per comment, the later change wins; unstars older than `forgetBefore` are dropped. */
export function mergeStars(disk: StarsRecord | null, mine: StarsRecord, forgetBefore: number): StarsRecord {
	const stars: Record<string, StarEntry> = {...disk?.stars};
	for (const [id, entry] of Object.entries(mine.stars)) {
		const old = stars[id];
		if (old === undefined || entry.at >= old.at) {
			stars[id] = entry;
		}
	}
	for (const [id, entry] of Object.entries(stars)) {
		if (!entry.on && entry.at < forgetBefore) {
			delete stars[id];
		}
	}
	return {version: recordVersion, stars};
}

/** Two resume records as one: the later wins. */
export function mergeResume(disk: ResumeRecord | null, mine: ResumeRecord): ResumeRecord {
	return disk !== null && disk.at > mine.at ? disk : mine;
}
