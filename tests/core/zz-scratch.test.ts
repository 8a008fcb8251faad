import {it} from 'vitest';
import {createExplorerContext} from '../../source/hooks/use-explorer.js';
import {reduce, initialState} from '../../source/core/navigate.js';
import {threadWindow} from '../../source/core/thread-window.js';
import {article, c, tall} from './trees.js';
it('scratch', () => {
  const a = article([c('a', c('b', c('c', c('d')), c('e')), c('f')), c('g'), c('h', c('i'))], {body: 'Body line one.\nBody two.'});
  const ctx = createExplorerContext([a], true);
  let s = initialState(1, 40, 30);
  const show = () => console.log(threadWindow(s, s.thread!, ctx).map(l => (l.isFocused ? '>' : ' ') + l.line.map(x => x.text).join('')).join('\n') + '\n----');
  show();
  s = reduce(s, {type: 'moveDown', count: 2}, ctx);
  s = reduce(s, {type: 'toggleFold'}, ctx);
  show();
  s = reduce(s, {type: 'toggleCompact'}, ctx);
  show();
});
