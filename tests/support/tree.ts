import {ThreadBuilder} from '../../source/parse/thread-builder.js';
import {commentMeta} from '../../source/model/meta.js';
import type {CommentNode, Thread} from '../../source/model/types.js';

/**
 * The thread as nested nodes (docs/FORMAT.md's JSON shape), built iteratively from the flat
 * rows: each row is appended to its parent's `replies`, which pre-order guarantees exists.
 */
export function toCommentTree(thread: Thread): CommentNode[] {
	const roots: CommentNode[] = [];
	const nodes: CommentNode[] = new Array<CommentNode>(thread.size);
	for (let i = 0; i < thread.size; i++) {
		const meta = commentMeta(thread, i);
		const node: CommentNode = {
			author: thread.author[i]!,
			text: thread.text[i]!,
			line: thread.line[i]!,
			...(meta === undefined ? {} : {meta}),
			replies: [],
		};
		nodes[i] = node;
		const parent = thread.parent[i]!;
		(parent < 0 ? roots : nodes[parent]!.replies).push(node);
	}
	return roots;
}

/**
 * Flat rows from nested nodes (tests build trees this way). Iterative pre-order walk;
 * the builder's indent is the depth, which its stack rule turns back into the same tree.
 */
export function fromCommentTree(roots: readonly CommentNode[]): Thread {
	const builder = new ThreadBuilder();
	const stack: Array<{node: CommentNode; depth: number}> = [];
	for (let r = roots.length - 1; r >= 0; r--) {
		stack.push({node: roots[r]!, depth: 0});
	}
	while (stack.length > 0) {
		const {node, depth} = stack.pop()!;
		builder.setText(builder.add(node.author, node.line, depth), node.text);
		builder.setCommentMeta(node.meta);
		for (let c = node.replies.length - 1; c >= 0; c--) {
			stack.push({node: node.replies[c]!, depth: depth + 1});
		}
	}
	return builder.finish();
}
