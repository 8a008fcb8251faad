import type {ExplorerState} from './explorer-state.js';

/** Where a key is read. Layered: help first, then the search prompt or author picker, then the list's title filter while it is typed, then the screen's own mode. */
export type Mode = 'help' | 'prompt' | 'picker' | 'stars' | 'filter' | 'list' | 'thread';

/**
 * The mode the explorer reads its next key in: help, then the prompt or the picker, then
 * the screen. Keys are resolved in this mode one at a time, so a burst follows the modes
 * its own keys open and close.
 */
export function modeOf(state: ExplorerState): Mode {
	return state.isHelpOpen
		? 'help'
		: state.prompt !== null
			? 'prompt'
			: state.picker !== null
				? 'picker'
				: state.stars !== null
					? 'stars'
					: state.screen === 'list' && state.titleFilter?.isTyping === true
						? 'filter'
						: state.screen;
}
