const reasons: Record<string, string> = {
	ENOENT: 'no such file or directory',
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EISDIR: 'is a directory',
	ENOTDIR: 'a path component is not a directory',
	ELOOP: 'too many levels of symbolic links',
	EMFILE: 'too many open files',
	ENAMETOOLONG: 'file name too long',
	EIO: 'input/output error',
	ENXIO: 'no such device or address',
};

/** A short, human reason for a failed read: the errno's meaning, never a stack trace. */
export function describeReadError(error: unknown): string {
	if (error instanceof Error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== undefined && code in reasons) {
			return reasons[code]!;
		}
		return error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
	}
	return String(error);
}
