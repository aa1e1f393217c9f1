/**
 * jsdom has no HTMLDialogElement.showModal/close. This stands in for the browser's behaviour the kit
 * relies on: showModal opens, Escape fires a cancelable `cancel` and then closes, close() fires
 * `close`. The real element is covered by the browser tests (tests/browser/console.spec.ts).
 */
export function installDialogPolyfill() {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __polyfilled?: boolean };
  if (typeof proto.showModal === 'function' || proto.__polyfilled) return;
  proto.__polyfilled = true;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open) return;
    this.setAttribute('open', '');
    const first = this.querySelector<HTMLElement>('button, input, select, textarea, a[href], [tabindex]');
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !this.open) return;
      const cancel = new Event('cancel', { cancelable: true });
      if (this.dispatchEvent(cancel)) this.close();
    };
    this.addEventListener('keydown', onKey);
    this.addEventListener('close', () => this.removeEventListener('keydown', onKey), { once: true });
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  Object.defineProperty(proto, 'open', {
    configurable: true,
    get(this: HTMLDialogElement) {
      return this.hasAttribute('open');
    },
  });
}
