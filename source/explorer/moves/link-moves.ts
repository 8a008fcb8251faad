import type {ExplorerContext} from '../context.js';
import type {ExplorerState} from '../explorer-state.js';
import {linksOf} from '../../text/links.js';

/**
 * `L`: the link picker, one press at a time. Each press copies the focused comment's next
 * link (OSC 52, as `y` copies) and says which it was, `link 2/3`, so pressing on walks
 * through them all and round again; a comment with no link says so. Links are sanitized
 * (http, https, mailto; no control characters) before they can reach the clipboard.
 */
export function copyNextLink(state: ExplorerState, context: ExplorerContext): ExplorerState {
	const thread = state.thread;
	if (state.screen !== 'thread' || thread === null) {
		return state;
	}
	const article = context.articles[thread.article]!;
	const text = thread.focus < 0 ? article.body : article.thread.text[thread.focus]!;
	const links = linksOf(text);
	if (links.length === 0) {
		return {...state, notice: 'no links in this comment', lastLink: null};
	}
	const last = state.lastLink;
	const isSame = last !== null && last.article === thread.article && last.row === thread.focus;
	const index = isSame ? (last.index + 1) % links.length : 0;
	const what = `link ${index + 1}/${links.length}${links.length > 1 ? ' (L: the next)' : ''}`;
	return {
		...state,
		lastLink: {article: thread.article, row: thread.focus, index},
		effects: [...state.effects, {type: 'copyText', text: links[index]!, what}],
	};
}
