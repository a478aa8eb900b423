// After the bundling (scripts/build.mjs): copies what esbuild does not bundle but the code reads
// beside itself (the built-in prompts' WAV files), so dist/ runs like src/, then stamps the build
// (bin/switchboard.js runs dist/ only when the stamp is newer than every file it was made from).
import { cpSync, writeFileSync } from 'node:fs';

const assets = ['telephony/prompts/defaults'];
for (const folder of assets) cpSync(`src/${folder}`, `dist/${folder}`, { recursive: true });
writeFileSync('dist/.built', new Date().toISOString());
