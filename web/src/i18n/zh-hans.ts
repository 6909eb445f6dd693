import type { Catalogue } from './en.ts';
import { en } from './en.ts';

export const zhHans: Catalogue = { ...en };
