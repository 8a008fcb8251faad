import type {Article} from '../model/types.js';

/** The name an article goes by: its title, or its source's file name when it has none. */
export function articleName(article: Article): string {
	if (article.title !== null) {
		return article.title;
	}
	const slash = article.source.lastIndexOf('/');
	return article.source === '-' ? '(standard input)' : article.source.slice(slash + 1);
}
