import type {SearchHit} from './explorer-state.js';

/** What a line-editing key does to a typed line: move the cursor, or delete around it. */
export type LineEdit =
	| 'left'
	| 'right'
	| 'home'
	| 'end'
	| 'wordLeft'
	| 'wordRight'
	| 'deleteWord'
	| 'deleteForward'
	| 'killEnd';

/**
 * Everything a user can ask of the explorer, named after the intent, not the key. The
 * key table maps keys to these; the reducer is the only place that applies them.
 */
export type Action =
	| {readonly type: 'moveDown'; readonly count: number}
	| {readonly type: 'moveUp'; readonly count: number}
	| {readonly type: 'pageDown'; readonly fraction: number}
	| {readonly type: 'pageUp'; readonly fraction: number}
	| {readonly type: 'unfoldToDepth'; readonly depth: number}
	| {readonly type: 'openArticle'; readonly index: number}
	| {readonly type: 'resize'; readonly columns: number; readonly rows: number}
	| {readonly type: 'typeText'; readonly text: string}
	| {readonly type: 'moveSelection'; readonly delta: number}
	| {
			readonly type: 'searchResults';
			readonly query: string;
			readonly results: readonly SearchHit[];
			/** Every match in reading order and their count; derived from `results` when absent. */
			readonly docs?: Int32Array;
			readonly total?: number;
			/** The share of comments searched (below 1 while the index is built); 1 when absent. */
			readonly indexed?: number;
	  }
	/** The full answer to a search jumped into from an early one: every match, in reading order. */
	| {readonly type: 'searchRefined'; readonly query: string; readonly scope: 'all' | number; readonly docs: Int32Array}
	| {readonly type: 'setFilter'; readonly authors: readonly string[]}
	| {readonly type: 'startSearch'; readonly query: string}
	/** Moves the prompt's cursor or deletes around it (Left, Ctrl-w ...). */
	| {readonly type: 'editLine'; readonly edit: LineEdit}
	/** Up / Down in the search prompt: an earlier (-1) or a later (1) query of the history. */
	| {readonly type: 'recallQuery'; readonly delta: -1 | 1}
	| {readonly type: 'notify'; readonly text: string}
	| {readonly type: 'scrollBy'; readonly lines: number}
	| {readonly type: 'focusItem'; readonly item: number}
	| {
			readonly type: 'resume';
			readonly screen: 'list' | 'thread';
			readonly article: number;
			readonly focus: number;
			readonly folded: readonly number[];
	  }
	| {
			readonly type:
				| 'nextSibling'
				| 'previousSibling'
				| 'nextThread'
				| 'previousThread'
				| 'focusParent'
				| 'foldOrParent'
				| 'unfoldOrChild'
				| 'toggleFold'
				| 'foldAll'
				| 'unfoldAll'
				| 'first'
				| 'last'
				| 'toggleBody'
				| 'toggleCompact'
				| 'openFocused'
				| 'openHelp'
				| 'closeHelp'
				| 'back'
				| 'quit'
				| 'interrupt'
				| 'nextMatch'
				| 'previousMatch'
				| 'toggleStarterMarks'
				| 'toggleAuthorMarks'
				| 'openSearch'
				| 'openTitleFilter'
				| 'openPicker'
				| 'deleteBack'
				| 'clearText'
				| 'toggleScope'
				| 'accept'
				| 'togglePick'
				| 'copyComment'
				| 'copyThread'
				| 'copyLink'
				| 'suspend'
				| 'effectsDone'
				| 'nextNew'
				| 'markArticleRead'
				| 'toggleStar'
				| 'openStars';
	  };

/** An action's name. */
export type ActionType = Action['type'];
