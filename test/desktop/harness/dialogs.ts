/** A native dialog the app showed, waiting for the test to answer it as the user would. */
export class NativeDialog {
  constructor(
    readonly kind: 'open' | 'save' | 'message',
    readonly options: Record<string, unknown>,
    private readonly settle: (result: unknown) => void,
  ) {}

  get message(): string {
    return String(this.options.message ?? '');
  }

  get title(): string {
    return String(this.options.title ?? '');
  }

  /** The buttons' labels as shown: access-key markers (`&`) removed. */
  get buttons(): string[] {
    const buttons = (this.options.buttons as string[] | undefined) ?? [];
    return buttons.map((label) => label.replace(/&(.)/g, '$1'));
  }

  press(label: string): void {
    const index = this.buttons.indexOf(label);
    if (this.kind !== 'message' || index < 0) {
      throw new Error(`"${this.title}" has no button ${label} (${this.buttons.join(', ')})`);
    }
    this.settle({ response: index, checkboxChecked: false });
  }

  /** Escape, or the window's close box: the box's cancel button, as Electron picks it. */
  escape(): void {
    const cancelId = this.options.cancelId;
    this.settle({ response: typeof cancelId === 'number' ? cancelId : 0, checkboxChecked: false });
  }

  /** Picks `filePath` in a file dialog. */
  choose(filePath: string): void {
    if (this.kind === 'message') throw new Error(`"${this.title}" is not a file dialog`);
    this.settle(
      this.kind === 'open'
        ? { canceled: false, filePaths: [filePath] }
        : { canceled: false, filePath },
    );
  }

  cancel(): void {
    this.settle(this.kind === 'open' ? { canceled: true, filePaths: [] } : { canceled: true });
  }
}

/** The dialogs in the order the app showed them; the test takes them one by one. */
export class DialogQueue {
  readonly shown: NativeDialog[] = [];
  #taken = 0;
  #waiting: (() => void) | null = null;

  show(kind: NativeDialog['kind'], options: Record<string, unknown>): Promise<unknown> {
    return new Promise((resolve) => {
      this.shown.push(new NativeDialog(kind, options, resolve));
      this.#waiting?.();
    });
  }

  /** The next dialog not yet taken, once the app shows it. */
  async next(timeoutMs = 10_000): Promise<NativeDialog> {
    const deadline = Date.now() + timeoutMs;
    while (this.shown.length <= this.#taken) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No dialog within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#waiting = null;
    }
    return this.shown[this.#taken++]!;
  }

  /** Dialogs shown and not yet taken by the test. */
  get untaken(): NativeDialog[] {
    return this.shown.slice(this.#taken);
  }
}
