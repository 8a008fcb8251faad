import {readdirSync, readFileSync} from 'node:fs';
import process from 'node:process';

/** Process id, parent, process group and session of one process, from `/proc/PID/stat`. */
interface ProcessIds {
	readonly pid: number;
	readonly parent: number;
	readonly group: number;
	readonly session: number;
	/** The process group in the foreground of the controlling terminal (-1: none). */
	readonly foreground: number;
}

function readIds(pid: number | 'self'): ProcessIds | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name (field 2) is in parentheses and may hold spaces: read after it.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return {
			pid: Number.parseInt(stat, 10),
			parent: Number(fields[1]),
			group: Number(fields[2]),
			session: Number(fields[3]),
			foreground: Number(fields[5]),
		};
	} catch {
		return undefined;
	}
}

/**
 * Whether comb's process group is orphaned: no member has a parent in another process
 * group of the same session, so no shell is there to run `fg`. That is comb as a tmux
 * pane's command, `ssh -t host comb`, `sh -c comb`: the kernel then throws away every
 * stop signal but SIGSTOP, and a suspend would leave the person on a blank screen.
 * Read from `/proc` (Linux); `undefined` where that cannot be read.
 */
export function isProcessGroupOrphaned(): boolean | undefined {
	const self = readIds('self');
	if (self === undefined) {
		return undefined;
	}
	let entries: string[];
	try {
		entries = readdirSync('/proc');
	} catch {
		return undefined;
	}
	for (const entry of entries) {
		if (!/^\d+$/.test(entry)) {
			continue;
		}
		const member = readIds(Number(entry));
		if (member === undefined || member.group !== self.group) {
			continue;
		}
		const parent = readIds(member.parent);
		if (parent !== undefined && parent.group !== self.group && parent.session === self.session) {
			return false;
		}
	}
	return true;
}

/** Whether a stop would be carried out: false when the process group is known to be orphaned. */
export function canSuspend(): boolean {
	return process.platform !== 'linux' || isProcessGroupOrphaned() !== true;
}

/**
 * Whether comb's process group is the terminal's foreground group: false once the shell
 * has the terminal (comb stopped, or continued in the background by `bg` or `kill %1`).
 * A background process that changes the terminal's modes or writes to it is stopped
 * again (SIGTTOU), so comb leaves the terminal alone then. `undefined` where `/proc`
 * cannot be read.
 */
export function isInForeground(): boolean | undefined {
	const self = readIds('self');
	return self === undefined ? undefined : self.foreground === self.group;
}
