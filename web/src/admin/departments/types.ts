export type { Department } from '../../../../src/api/resources.ts';
