import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

// Debian's Chromium: playwright's own browser download cannot run on these machines. Without the
// background-networking flags Chromium keeps trying hosts this machine cannot reach.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export interface OutlineRow {
  level: number;
  label: string;
}

/** VS Code's workbench in a browser page, driven the way a person does: keyboard, mouse, what is on screen. */
export class Workbench {
  private shotNumber = 0;

  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
    private readonly shotsDir: string,
  ) {}

  /** Opens the folder and answers VS Code's trust question for it, as a person would on first opening. */
  static async open(url: string, folder: string, shotsDir: string, home: string, trust = true): Promise<Workbench> {
    mkdirSync(shotsDir, { recursive: true });
    // Chromium keeps state under ~/.config/chromium even with a temporary profile, and a previous run's
    // state changed which language the next run's extensions were shown in: each run gets its own.
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
    });
    const page = await browser.newPage({ viewport: { width: 1500, height: 940 }, locale: 'en-US' });
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120_000 });
    const answer = page.locator('.monaco-dialog-box .monaco-button', { hasText: trust ? 'Yes, I trust' : "No, I don't trust" });
    await answer.waitFor({ timeout: 30_000 });
    await answer.click();
    await page.locator('.monaco-dialog-box').waitFor({ state: 'detached', timeout: 30_000 });
    return new Workbench(browser, page, shotsDir);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /** Saves a numbered screenshot and returns its path. */
  async shot(name: string): Promise<string> {
    const path = join(this.shotsDir, `${String(++this.shotNumber).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Quick Open (Ctrl+P) a file by name, waiting for its row before Enter, then for its editor tab. */
  async openFile(name: string): Promise<void> {
    await this.quickInput('Control+P', name, name);
    await this.page.locator('.tabs-container .tab.active', { hasText: name.replace(/\.[^.]+$/, '') }).waitFor({ timeout: 30_000 });
    await this.editorLines().first().waitFor({ timeout: 30_000 });
  }

  /** Runs a command from the palette by its title, waiting for its row before Enter. */
  async runCommand(title: string): Promise<void> {
    await this.quickInput('F1', `>${title}`, title);
  }

  /**
   * Opens a quick input with `key`, types `text` and, once the focused row shows `rowText` (the list
   * filters asynchronously: an earlier row may still be focused), accepts it with Enter.
   */
  private async quickInput(key: string, text: string, rowText: string | null): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // On a loaded machine the workbench can miss the key while busy (seen in CI under load): press it again.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press(key);
      try {
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await input.fill(text);
    if (rowText === null) await this.page.waitForTimeout(300);
    else await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: rowText }).waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 30_000 });
  }

  /** The language mode shown in the status bar for the active editor. */
  async languageMode(): Promise<string> {
    return (await this.page.locator('[id="status.editor.mode"]').innerText()).trim();
  }

  editorLines(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
  }

  /** The visible lines of the active editor, top to bottom (the editor renders them out of order). */
  async visibleText(): Promise<string> {
    const lines = await this.editorLines().evaluateAll((nodes) =>
      nodes
        .map((n) => ({ top: parseFloat((n as HTMLElement).style.top), text: (n.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text),
    );
    return lines.join('\n');
  }

  /** Moves the cursor with Go to Line (Ctrl+G), 1-based line and column. */
  async goTo(line: number, column = 1): Promise<void> {
    // Go to Line is Quick Open in ':' mode: it lists no rows, only a message.
    await this.quickInput('Control+G', `:${line}:${column}`, null);
  }

  /** The rows the Outline view shows, with their tree depth (1 = top level). */
  async outline(waitFor: string): Promise<OutlineRow[]> {
    await this.runCommand('Explorer: Focus on Outline View');
    // The Outline shares the side bar with the file tree: fold the tree so the Outline gets the height.
    const tree = this.page.locator('.pane-header[aria-expanded="true"]', { has: this.page.locator('.title', { hasText: /^workspace$/i }) });
    if (await tree.count()) await tree.first().click();
    const rows = this.page.locator('.outline-pane .monaco-list-row');
    await rows.filter({ hasText: waitFor }).first().waitFor({ timeout: 60_000 });
    return rows.evaluateAll((nodes) =>
      nodes
        .map((n) => ({ top: parseFloat((n as HTMLElement).style.top), level: Number(n.getAttribute('aria-level')), label: (n.textContent ?? '').trim() }))
        .sort((a, b) => a.top - b.top)
        .map(({ level, label }) => ({ level, label })),
    );
  }

  /** Opens the Problems panel and returns its rows' text (file rows and finding rows). */
  async problems(): Promise<string[]> {
    await this.runCommand('View: Focus Problems');
    const panel = this.page.locator('.markers-panel');
    await panel.waitFor({ timeout: 30_000 });
    // Findings arrive from the server shortly after a document opens or changes.
    await this.page.waitForTimeout(1500);
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? n.textContent ?? ''));
  }

  /** Points the mouse at the first on-screen occurrence of `phrase` and returns the hover's text. */
  async hoverOver(phrase: string, expect: string, timeout = 30_000): Promise<string> {
    const box = await this.editorLines().evaluateAll((nodes, wanted) => {
      for (const line of nodes) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const at = (t.textContent ?? '').indexOf(wanted);
          if (at < 0) continue;
          const range = document.createRange();
          // The middle character of the phrase: the hover is asked for where the pointer rests.
          const middle = at + Math.floor(wanted.length / 2);
          range.setStart(t, middle);
          range.setEnd(t, middle + 1);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      return null;
    }, phrase);
    if (!box) throw new Error(`“${phrase}” is not on screen`);
    await this.page.mouse.move(box.x - 40, box.y);
    await this.page.mouse.move(box.x, box.y, { steps: 5 });
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: expect }).first();
    await hover.waitFor({ state: 'visible', timeout });
    await this.page.waitForTimeout(400); // the hover fades in: a screenshot any sooner shows it half drawn
    return hover.innerText();
  }

  /** Types text into the active editor as keystrokes. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 30 });
  }
}
