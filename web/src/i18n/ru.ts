import type { Catalogue } from './en.ts';
import { en } from './en.ts';

export const ru: Catalogue = { ...en };
