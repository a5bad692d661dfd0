// On the 404 page: if the address is an entry or errno page in another letter case (a hand-typed or
// lower-cased link), go there. Static hosts compare paths case-sensitively; errdex names are not.
import type { SearchData } from '../search/search-data.ts';

const path = location.pathname.replace(/\/?$/, '/').toLowerCase();
const data = (await fetch('/search-data.json').then((r) => r.json())) as SearchData;
const candidates = [
  ...data.entries.flatMap((e) => [`/${e.id}/`, ...e.a.map((a) => [`${a}/`, `/${e.id}/`])].map((c) => (Array.isArray(c) ? c : [c, c]))),
  ...data.errno.flatMap((r) => [r.s, ...r.a].map((n) => [`/errno/${n}/`, `/errno/${r.s}/`])),
] as [string, string][];
const match = candidates.find(([from]) => from.toLowerCase() === path);
if (match) location.replace(match[1] + location.hash);
