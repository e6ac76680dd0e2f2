import * as l10n from '@vscode/l10n';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadRuleSettings, type RuleSettings } from '../service';
import { CommandError } from './command';

export const CONFIG_FILE = '.law-report.json';

/** A broken config file stops the run: its findings would not be the ones asked for. */
export class ConfigError extends CommandError {}

/** `.law-report.json` next to the file or in a folder above it; `--config` wins when given. */
export function findConfig(file: string, explicit: string | undefined): string | undefined {
  if (explicit) return explicit;
  let dir = dirname(resolve(file));
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const cache = new Map<string, RuleSettings>();

/** Rule settings from a config file, through the same loader the server uses for VS Code settings. */
export function readConfig(path: string | undefined, warn: (message: string) => void): RuleSettings {
  if (!path) return {};
  const cached = cache.get(path);
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(l10n.t('{0}：配置文件无法读取或不是有效的 JSON（{1}）', path, (error as Error).message));
  }
  const { rules, problems } = loadRuleSettings((raw as { rules?: unknown })?.rules);
  for (const problem of problems) warn(l10n.t('{0}：忽略无效的规则设置 {1}', path, problem));
  cache.set(path, rules);
  return rules;
}
