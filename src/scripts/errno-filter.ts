// Filters the /errno/ table by symbol, number or words of the meaning, and by platform.
// The table is complete without JavaScript; this only hides rows.
const form = document.querySelector<HTMLFormElement>('form.errno-filter');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('.errno-table tbody tr')];

function apply(): void {
  if (!form) return;
  const q = (form.elements.namedItem('q') as HTMLInputElement).value.trim().toUpperCase();
  const platform = (form.elements.namedItem('platform') as HTMLSelectElement).value;
  let shown = 0;
  for (const row of rows) {
    const numbers = (row.dataset.numbers ?? '').split(' ');
    const text = `${row.dataset.names ?? ''} ${row.cells[6]?.textContent ?? ''}`.toUpperCase();
    // A number matches exactly (104 is not 1040); anything else matches names and meaning text.
    const matchQ = q === '' || (/^-?\d+$/.test(q) ? numbers.includes(q) : text.includes(q));
    const matchP = platform === '' || (row.dataset.platforms ?? '').split(' ').includes(platform);
    row.hidden = !(matchQ && matchP);
    if (!row.hidden) shown++;
  }
  (form.elements.namedItem('count') as HTMLOutputElement).value = `${shown} of ${rows.length}`;
}

if (form) {
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) (form.elements.namedItem('q') as HTMLInputElement).value = initial;
  apply();
}
