// Enhances every snippet on the page: Copy everywhere; Run, Stop and Reset where the page can run it.
import { runPython, stopPython } from './python-runner.ts';

async function copyText(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Copy failed: select the code';
  }
  setTimeout(() => (button.textContent = button.dataset.label ?? 'Copy'), 1500);
}

/** A shell command that runs the snippet as is: paste it into a terminal. */
function localCommand(lang: string, code: string): string {
  const run = lang === 'node' ? 'node --input-type=module' : 'python3 -';
  return `${run} <<'ERRDEX'\n${code.replace(/\n$/, '')}\nERRDEX\n`;
}

function enhance(figure: HTMLElement): void {
  const code = figure.querySelector<HTMLElement>('pre.snippet-code code')!;
  const original = code.textContent ?? '';
  const tools = figure.querySelector<HTMLElement>('.snippet-tools')!;
  const button = (action: string) => tools.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  button('copy')?.addEventListener('click', (e) => copyText(code.textContent ?? '', e.currentTarget as HTMLButtonElement));
  button('copy-command')?.addEventListener('click', (e) => copyText(localCommand(figure.dataset.snippetLang ?? 'python', code.textContent ?? ''), e.currentTarget as HTMLButtonElement));
  const run = button('run');
  if (!run) return;
  const stop = button('stop')!;
  const reset = button('reset')!;
  const panel = figure.querySelector<HTMLElement>('.snippet-run')!;
  const status = panel.querySelector<HTMLElement>('.snippet-run-status span')!;
  const progress = panel.querySelector<HTMLProgressElement>('progress')!;
  const out = panel.querySelector<HTMLElement>('.snippet-run-output samp')!;
  code.contentEditable = 'plaintext-only';
  code.spellcheck = false;
  code.setAttribute('role', 'textbox');
  code.setAttribute('aria-multiline', 'true');
  code.setAttribute('aria-label', 'Editable Python code');
  reset.addEventListener('click', () => {
    code.textContent = original;
    out.textContent = '';
    panel.hidden = true;
  });
  stop.addEventListener('click', () => stopPython());
  run.addEventListener('click', () => {
    panel.hidden = false;
    out.textContent = '';
    status.textContent = 'Starting…';
    delete panel.dataset.result;
    run.disabled = true;
    stop.disabled = false;
    runPython(code.textContent ?? '', {
      status(text, loading) {
        status.textContent = text;
        progress.hidden = !loading;
      },
      output(text) {
        out.textContent += text;
      },
      finished(summary, kind) {
        status.textContent = summary;
        progress.hidden = true;
        panel.dataset.result = kind;
        run.disabled = false;
        stop.disabled = true;
      },
    });
  });
}

for (const figure of document.querySelectorAll<HTMLElement>('figure.snippet')) enhance(figure);
