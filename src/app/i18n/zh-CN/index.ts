import type { Catalog } from '../catalog.ts';
import { api } from './api.ts';
import { common } from './common.ts';
import { lints } from './lints.ts';
import { route } from './route.ts';
import { templates } from './templates.ts';

export const zhCN: Catalog = { common, templates, api, lints, route };
