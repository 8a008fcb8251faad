/** The subset of Ink's key flags that name keys. */
export interface KeyFlags {
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageUp?: boolean;
	readonly pageDown?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly tab?: boolean;
	readonly backspace?: boolean;
	readonly delete?: boolean;
	readonly ctrl?: boolean;
	readonly meta?: boolean;
}

const namedKeys: ReadonlyArray<[keyof KeyFlags, string]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pageup'],
	['pageDown', 'pagedown'],
	['home', 'home'],
	['end', 'end'],
	['return', 'return'],
	['escape', 'escape'],
	['tab', 'tab'],
	['backspace', 'backspace'],
	['delete', 'delete'],
];

/**
 * The key names in one input event. Ink hands a run of plain characters over as one
 * string (key repeat, a burst over SSH), so each character is a key of its own; a
 * special key (arrow, Enter, Ctrl-x) is one name.
 */
export function keyNames(input: string, key: KeyFlags): string[] {
	// The Delete key, as the keyboard filter passes it on (Backspace is Ink's plain "delete").
	if (key.delete === true && key.ctrl === true) {
		return ['deleteforward'];
	}
	for (const [flag, name] of namedKeys) {
		if (key[flag] === true) {
			return [name];
		}
	}
	if (key.ctrl === true && input.length > 0) {
		return [`ctrl+${input.toLowerCase()}`];
	}
	if (key.meta === true && [...input].length === 1) {
		return [`alt+${input}`];
	}
	return [...input].map((character) => characterName(character));
}

/** The key name of one character of a burst: control characters name their key. */
function characterName(character: string): string {
	switch (character) {
		case ' ': {
			return 'space';
		}
		case '\r':
		case '\n': {
			return 'return';
		}
		case '\t': {
			return 'tab';
		}
		case '\u001B': {
			return 'escape';
		}
		case '\u007F': {
			return 'backspace';
		}
		default: {
			const code = character.codePointAt(0)!;
			return code >= 1 && code <= 26 ? `ctrl+${String.fromCodePoint(code + 96)}` : character;
		}
	}
}

const keyLabels: Record<string, string> = {
	down: '↓',
	up: '↑',
	left: '←',
	right: '→',
	pagedown: 'PgDn',
	pageup: 'PgUp',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	space: 'Space',
	backspace: 'Bksp',
	// Ink names Backspace (0x7F) "delete"; the Delete key arrives as "deleteforward".
	delete: 'Bksp',
	deleteforward: 'Del',
};

const asciiKeyLabels: Record<string, string> = {down: 'Down', up: 'Up', left: 'Left', right: 'Right'};

/** How a key name is shown to people: `↓`, `Ctrl-d`, `PgDn`, `j`. */
export function keyLabel(name: string, ascii = false): string {
	if (name.startsWith('ctrl+')) {
		return `Ctrl-${name.slice(5)}`;
	}
	if (name.startsWith('alt+')) {
		return `Alt-${name.slice(4)}`;
	}
	return (ascii ? asciiKeyLabels[name] : undefined) ?? keyLabels[name] ?? name;
}
