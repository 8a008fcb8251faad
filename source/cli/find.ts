/**
 * The `--search` / `--author` half of the command line, bundled on its own (dist/find.js)
 * and loaded only when asked for, so plain printing never loads the search engine or its index.
 */
export {findMatches} from '../search/matches.js';
export {resolveAuthors} from '../search/author-names.js';
export {jsonMatches} from '../output/json-matches.js';
export {printMatches} from '../output/print-matches.js';
