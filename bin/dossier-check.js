#!/usr/bin/env node
// The bundle built by `npm run build` (rolldown.config.mjs): one file to load instead of hundreds.
import { main } from '../dist/bundle/main.js';
process.exitCode = await main(process.argv);
