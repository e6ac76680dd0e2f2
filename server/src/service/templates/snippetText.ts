// VS Code snippet bodies are the one source of the report's templates: the editor offers them as
// snippets, and commands and quick fixes fill them in here (so the two never drift apart).

export type SnippetValues = Record<number, string>;

/** Replaces the default text of the listed tab stops, keeping them tab stops: for inserting as a snippet. */
export function withDefaults(body: string, values: SnippetValues): string {
  return body.replace(/\$\{(\d+):((?:[^{}]|\{[^{}]*\}|\$[A-Z_]+)*)\}/g, (whole, index: string) =>
    index in values ? `\${${index}:${escapeSnippet(values[Number(index)])}}` : whole,
  );
}

/** Resolves every tab stop to plain text: listed values, else the default; $0 and variables vanish. */
export function toPlainText(body: string, values: SnippetValues, variables: Record<string, string> = {}): string {
  const resolved = body.replace(
    /\$\{(\d+):((?:[^{}]|\$[A-Z_]+)*)\}|\$\{(\d+)\}|\$(\d+)|\$([A-Z_]+)/g,
    (_whole, index: string | undefined, fallback: string | undefined, bare1?: string, bare2?: string, variable?: string) => {
      const n = Number(index ?? bare1 ?? bare2);
      if (variable) return variables[variable] ?? '';
      if (n in values) return values[n];
      return fallback ? fallback.replace(/\$([A-Z_]+)/g, (_m, v: string) => variables[v] ?? '') : '';
    },
  );
  return resolved.replace(/\\([$}\\])/g, '$1');
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => '\\' + c);
}
