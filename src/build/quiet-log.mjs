// The build log errdex prints: warnings and errors as Astro writes them, and one line per phase. Astro's own
// node logger lists every generated page (over a thousand lines, five-fold more as the catalogue grows),
// which buries the problems; those lines, and the chatter between phases, are left out here.
import nodeLogger from 'astro/logger/node';

// Info lines worth keeping: a phase done, with its time or count, and errdex's own phases.
const phaseDone = /✓ Completed in|✓ built in|Complete!|page\(s\) built in|^Synced content/;

export default function quietLog(options = {}) {
  const node = nodeLogger(options);
  return {
    write(event) {
      if (event.level === 'info' && event.label !== 'errdex' && !phaseDone.test(event.message)) return;
      // The route list prints "✓ Completed" for page generation with no label; keep it, named.
      node.write(event);
    },
  };
}
