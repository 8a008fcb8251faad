import {fstatSync} from 'node:fs';

/** The size of file descriptor `fd` when it is a regular file (`comb < file`), else undefined. */
export function regularFileSize(fd: number): number | undefined {
	try {
		const info = fstatSync(fd);
		return info.isFile() ? info.size : undefined;
	} catch {
		return undefined;
	}
}

/** Whether file descriptor 0 is a folder (the shell allows `comb < dir`). */
export function isFolderOnStdin(): boolean {
	try {
		return fstatSync(0).isDirectory();
	} catch {
		return false;
	}
}
