import type { Plugin } from 'esbuild';

export declare const sourceImportMetaUrl: Plugin;
