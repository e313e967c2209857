#!/usr/bin/env node
// The `citeline` command; the work is in src/cli/cli.ts, built to dist/cli.js.
import { cli } from "../dist/cli.js";

await cli();
