import type { PasteReader } from '../reading.ts';
import { curl } from './curl.ts';
import { dotnet } from './dotnet.ts';
import { git } from './git.ts';
import { go } from './go.ts';
import { java } from './java.ts';
import { node } from './node.ts';
import { php } from './php.ts';
import { psql } from './psql.ts';
import { python } from './python.ts';
import { ruby } from './ruby.ts';
import { rust } from './rust.ts';
import { shell } from './shell.ts';
import { ssh } from './ssh.ts';

/** Every reader; a tie in score goes to the earlier one. A new language is a new file and a line here. */
export const readers: readonly PasteReader[] = [python, node, go, java, rust, ruby, dotnet, php, ssh, curl, git, psql, shell];
