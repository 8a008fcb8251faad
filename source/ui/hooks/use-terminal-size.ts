import {useStdout} from 'ink';
import {useEffect} from 'react';

/**
 * Reports the terminal's size whenever it changes. Ink re-lays-out on resize but does
 * not re-render components that read the size, so the size lives in state (docs/TERMINAL.md).
 * Columns can read 0 under some pseudo-terminals: then 80x24 is assumed.
 */
export function useTerminalSize(onResize: (columns: number, rows: number) => void): void {
	const {stdout} = useStdout();
	useEffect(() => {
		const handle = (): void => {
			onResize(stdout.columns || 80, stdout.rows || 24);
		};
		stdout.on('resize', handle);
		return () => {
			stdout.off('resize', handle);
		};
	}, [stdout, onResize]);
}
