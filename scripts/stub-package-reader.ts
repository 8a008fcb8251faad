/**
 * Stands in for meow's package.json reader and normaliser. comb always hands meow its
 * `pkg`, so meow never calls either; if it ever did, this says so instead of reading files.
 */
function unused(): never {
	throw new Error('meow was asked to read package.json, but comb passes pkg');
}
export const readPackageUpSync = unused;
export const normalizePackageData = unused;
