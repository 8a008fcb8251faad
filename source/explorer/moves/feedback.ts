import type {Action} from '../actions.js';
import type {ExplorerContext} from '../context.js';
import type {ExplorerState, ThreadState} from '../explorer-state.js';
import {countLabel} from '../../text/format-count.js';
import {sanitizeLine} from '../../text/sanitize.js';

/**
 * The state after `action` with a status message saying what it did, for the actions
 * whose effect can be hard to see (folds far off screen, marks, view modes) or that did
 * nothing for a reason (folds under an author filter). Other actions, and actions in the
 * help, prompt or picker, come back unchanged. Pure; the message lasts until the next key.
 */
export function withFeedback(
	before: ExplorerState,
	after: ExplorerState,
	action: Action,
	context: ExplorerContext,
): ExplorerState {
	if (before.isHelpOpen || before.prompt !== null || before.picker !== null || before.screen !== 'thread') {
		return after;
	}
	const was = before.thread;
	const now = after.thread;
	if (was === null || now === null || was.article !== now.article || after.notice !== null) {
		return after;
	}
	const text = message(was, now, action, after, context);
	return text === null ? after : {...after, notice: text};
}

function message(
	was: ThreadState,
	now: ThreadState,
	action: Action,
	after: ExplorerState,
	context: ExplorerContext,
): string | null {
	const rows = context.articles[now.article]!.thread;
	const isFoldAction =
		action.type === 'foldAll' ||
		action.type === 'unfoldAll' ||
		action.type === 'unfoldToDepth' ||
		action.type === 'toggleFold' ||
		action.type === 'foldOrParent' ||
		action.type === 'unfoldOrChild';
	const isBodyToggle = action.type === 'toggleFold' && now.focus < 0;
	const isMove = action.type === 'foldOrParent' || action.type === 'unfoldOrChild';
	if (isFoldAction && now.filter !== null && !isMove && !isBodyToggle) {
		return 'folds wait while the author filter is on (Esc leaves it)';
	}
	const isFoldChanged = was.folded !== now.folded;
	switch (action.type) {
		case 'foldAll':
			return `folded all ${countLabel(now.folded.size, 'thread', 'threads')}; E unfolds everything`;
		case 'unfoldAll':
			return was.folded.size === 0 ? 'nothing was folded' : 'unfolded everything';
		case 'unfoldToDepth':
			return `showing replies to depth ${action.depth}; ${countLabel(now.folded.size, 'comment', 'comments')} folded below it`;
		case 'toggleFold':
		case 'foldOrParent':
		case 'unfoldOrChild': {
			if (!isFoldChanged || now.focus < 0) {
				return action.type === 'toggleFold' && now.focus < 0 ? bodyMessage(now) : null;
			}
			const replies = countLabel(rows.end[now.focus]! - now.focus, 'reply', 'replies');
			return now.folded.has(now.focus) ? `folded: ${replies} hidden` : `unfolded: ${replies} shown`;
		}
		case 'toggleBody':
			return bodyMessage(now);
		case 'toggleCompact':
			return after.isCompact ? 'compact view: one line per comment (v for the full view)' : 'full view';
		case 'toggleStarterMarks':
			return now.marks.threadStarter ? "marking [OP]: replies by their thread's starter" : '[OP] marks off';
		case 'toggleAuthorMarks': {
			const author = now.marks.author;
			if (author === null) {
				return was.marks.author === null ? 'no author here to mark' : 'author marks off';
			}
			let count = 0;
			for (let row = 0; row < rows.size; row++) {
				count += rows.author[row] === author ? 1 : 0;
			}
			return `marking ${countLabel(count, 'comment', 'comments')} by ${sanitizeLine(author) || '(anonymous)'}; m again clears`;
		}
		default:
			return null;
	}
}

function bodyMessage(thread: ThreadState): string {
	return thread.isBodyFolded
		? 'article text shortened (t shows it whole; kept for the next articles)'
		: 'article text shown whole (t shortens it; kept for the next articles)';
}
