// The header's theme button: flips the scheme that is showing now and saves it for the next visit.
const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
const root = document.documentElement;
const current = (): 'light' | 'dark' =>
  (root.dataset.theme as 'light' | 'dark' | undefined) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

function label(): void {
  if (!button) return;
  const next = current() === 'dark' ? 'light' : 'dark';
  button.setAttribute('aria-label', `Switch to ${next} theme`);
  button.title = `Switch to ${next} theme`;
  button.dataset.showing = current();
}

if (button) {
  label();
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('errdex-theme', next);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
    label();
  });
}
