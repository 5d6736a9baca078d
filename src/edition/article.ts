/**
 * An article file read on its MDX syntax tree (satteri, the MDX parser Astro 7 uses). Its body is a
 * short list of the project's own blocks and nothing else: an empty `<Original />` (the trend's
 * paragraph, rendered from the seed) and `<Figure id="…" />`. Text, Markdown, raw HTML, unknown
 * components, `{expressions}` and `import`/`export` fail with file:line, so nothing pasted into
 * an article can publish beside the original and nothing in one can run: articles are read as
 * trees, never compiled to code.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

export type Block = { kind: 'original'; line: number } | { kind: 'figure'; id: string; line: number };

export interface ArticleRead {
  /** The frontmatter's YAML and the file line it starts on. */
  frontmatter?: { yaml: string; line: number };
  blocks: Block[];
  problems: string[];
}

/** The blocks an article may hold, and the attributes each takes. */
const BLOCKS: Record<string, readonly string[]> = { Original: [], Figure: ['id'] };
const ALLOWED = `an article holds only <Original /> and <Figure id="…" /> (one per line)`;

/** What a node is, for a reader of the message. */
function describe(node: MdastNode): string {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'an import/export line (an article holds no code)';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `an expression {${String((node as { value?: string }).value ?? '').slice(0, 20)}} (an article holds no code; MDX comments are expressions too)`;
    case 'html':
      return 'raw HTML';
    case 'list':
      return 'a Markdown list';
    case 'heading':
      return 'a Markdown heading';
    case 'paragraph': {
      const inner = (node as { children: MdastNode[] }).children.find((c) => c.type !== 'text');
      return inner ? describe(inner) : `text "${textOf(node).slice(0, 24)}"`;
    }
    case 'mdxJsxTextElement':
      return `<${(node as { name?: string }).name ?? ''}> inside a line of text`;
    default:
      return `Markdown (${node.type})`;
  }
}

const textOf = (node: MdastNode): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? (node.children as MdastNode[]).map(textOf).join('')
      : '';

/** Parses one article file and checks its body; `file` names it in every problem. */
export function readArticle(text: string, file: string): ArticleRead {
  const problems: string[] = [];
  let tree: MdastNode;
  try {
    tree = mdxToMdast(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // satteri's message carries line:column of the MDX syntax error.
    return { blocks: [], problems: [`${file}: MDX syntax: ${(error as Error).message.split('\n')[0]}`] };
  }
  const children = ('children' in tree ? tree.children : []) as MdastNode[];
  const line = (node: MdastNode) => node.position?.start.line ?? 1;
  const report = (node: MdastNode, message: string) => problems.push(`${file}:${line(node)}: ${message}`);
  let frontmatter: ArticleRead['frontmatter'];
  const blocks: Block[] = [];
  for (const node of children) {
    if (node.type === 'yaml' && !frontmatter && blocks.length === 0) {
      frontmatter = { yaml: (node as { value: string }).value, line: line(node) + 1 };
      continue;
    }
    if (node.type !== 'mdxJsxFlowElement') {
      report(node, `${describe(node)} is not allowed: ${ALLOWED}`);
      continue;
    }
    const element = node as MdastNode & { name: string | null; attributes: MdastNode[]; children: MdastNode[] };
    const name = element.name ?? '';
    const props = BLOCKS[name];
    if (!props) {
      report(node, /^[a-z]/.test(name) ? `raw HTML <${name}> is not allowed: ${ALLOWED}` : `unknown component <${name}>: ${ALLOWED}`);
      continue;
    }
    if (element.children.length)
      report(
        node,
        `<${name}> takes no content (the original paragraph comes from the seed): write it as <${name}${name === 'Figure' ? ' id="…"' : ''} />`,
      );
    const attrs = new Map<string, string>();
    const wrong = element.attributes.filter((attr) => {
      const { name: prop, value } = attr as { name?: string; value?: unknown };
      if ((attr.type as string) !== 'mdxJsxAttribute' || !prop) report(node, `<${name}> takes no {…} spread (an article holds no code)`);
      else if (!props.includes(prop)) report(node, `<${name}> takes no prop "${prop}"${props.length ? ` (only ${props.join(', ')})` : ''}`);
      else if (typeof value !== 'string') report(node, `<${name} ${prop}=…>: expected a quoted string, e.g. ${prop}="cross-border"`);
      else return !attrs.set(prop, value);
      return true;
    });
    if (name === 'Original') blocks.push({ kind: 'original', line: line(node) });
    else if (attrs.has('id')) blocks.push({ kind: 'figure', id: attrs.get('id')!, line: line(node) });
    else if (!wrong.length) report(node, '<Figure> needs id="…", an entry of content/data/figures.yaml');
  }
  if (!frontmatter) problems.unshift(`${file}:1: expected frontmatter between --- lines at the top`);
  const originals = blocks.filter((b) => b.kind === 'original');
  if (originals.length !== 1)
    problems.push(`${file}: expected exactly one <Original /> (the trend's paragraph, from the seed), found ${originals.length}`);
  return { frontmatter, blocks, problems };
}
