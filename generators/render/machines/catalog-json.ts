import type { Generator } from '../generator';
import { generatedNotice, jsonWithNotice } from '../header';
import { catalogData } from './catalog-data';
import { MACHINE_SOURCES } from './site-pages';

export const CATALOG_JSON = 'static/catalog.json';

/** `/catalog.json`: the manual as data (see catalog-data.ts), its notice as `$comment`. */
export const catalogJson: Generator = {
  name: 'render/machines/catalog-json.ts',
  render(catalog) {
    return new Map([[CATALOG_JSON, jsonWithNotice(catalogData(catalog), generatedNotice(this.name, MACHINE_SOURCES))]]);
  },
};
