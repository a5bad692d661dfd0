// The build log errdex prints: warnings and errors as Astro writes them, and one line per phase. Astro's own
// node logger lists every generated page (over a thousand lines, five-fold more as the catalogue grows),
// which buries the problems; those lines and the chatter between phases are left out, and each phase's
// "✓ Completed in" is printed under the name of the phase it ends.
import nodeLogger from 'astro/logger/node';

const starts = /^(Syncing content|Collecting build info|Building static entrypoints|generating static routes)/i;
const completed = /✓ Completed in (\S+?)\.?$/;

export default function quietLog(options = {}) {
  const node = nodeLogger(options);
  let phase;
  return {
    write(event) {
      if (event.level !== 'info' || event.label === 'errdex') return node.write(event);
      const message = event.message.trim();
      const start = starts.exec(message);
      if (start) phase = start[1].toLowerCase();
      const done = completed.exec(message);
      if (done && phase) {
        node.write({ ...event, label: 'build', message: `${phase}: ${done[1]}` });
        phase = undefined;
      } else if (/page\(s\) built in/.test(message)) node.write(event);
    },
  };
}
