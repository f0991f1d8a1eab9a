// The build starts from an empty dist/: tsc never removes the output of a
// deleted or renamed source, and `npm pack` would ship it.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
