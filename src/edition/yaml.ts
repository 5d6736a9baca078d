/**
 * The one YAML reader for content/. Astro's loaders never parse this project's YAML (the edition
 * loader hands raw files to the resolver), so the build, `astro dev` and the tests read dates,
 * merge keys and duplicate keys the same way: YAML 1.2 core schema, no merge keys, a repeated key
 * is an error. Every problem names file:line:column.
 */
import { LineCounter, parseDocument } from 'yaml';

export interface YamlRead {
  value: unknown;
  problems: string[];
  /** The file line of the node at `path` (or of its nearest ancestor that exists). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Parses `text`, which starts at line `firstLine` of `file` (frontmatter starts after its `---`).
 * A syntax error leaves `value` undefined and says where.
 */
export function readYaml(text: string, file: string, firstLine = 1): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, col };
  };
  const problems = doc.errors.map((e) => {
    const { line, col } = at(e.pos[0]);
    return `${file}:${line}:${col}: YAML syntax: ${e.message.split('\n')[0]}`;
  });
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number] } | undefined;
      if (node?.range) return at(node.range[0]).line;
    }
    return firstLine;
  };
  return { value: problems.length ? undefined : doc.toJS(), problems, lineOf };
}

/** A schema's complaints as every content error words them: file:line: field "a.b": what was expected. */
export function schemaProblems(
  issues: readonly { path: readonly PropertyKey[]; message: string; keys?: readonly string[] }[],
  file: string,
  lineOf: YamlRead['lineOf'],
  prefix: readonly PropertyKey[] = [],
  label = '',
): string[] {
  const at = (path: readonly PropertyKey[], message: string) => {
    const field = path.map(String).join('.');
    return `${file}:${lineOf([...prefix, ...path])}: ${label}${field ? `field "${field}": ` : ''}${message}`;
  };
  // A field the schema does not have is named by itself (a misspelling, or a field the build now computes).
  return issues.flatMap((i) =>
    i.keys?.length
      ? i.keys.map((key) => at([...i.path, key], 'no such field (misspelt, or one the build works out itself)'))
      : [at(i.path, i.message)],
  );
}
