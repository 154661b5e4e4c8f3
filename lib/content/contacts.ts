import 'server-only';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { cache } from 'react';
import { contentDir } from './paths';
import { readJson } from './read';
import { contactCountryCodes } from './directory-routes';
import {
  countryContactsSchema,
  countryRegulatorsSchema,
  globalContactsSchema,
  type Contact,
  type CountryContacts,
  type CountryRegulators,
} from './contacts.schema';

export {
  contactSchema,
  contactKinds,
  countryContactsSchema,
  countryRegulatorsSchema,
  globalContactsSchema,
  regions,
  type Contact,
  type CountryContacts,
  type CountryRegulators,
  type HoursSpan,
  type RegulatorBody,
} from './contacts.schema';


export const loadCountryContacts = cache((): CountryContacts[] =>
  contactCountryCodes(contentDir()).map((c) => countryContactsSchema.parse(readJson(path.join(contentDir(), 'contacts', `${c}.json`)))),
);

export const loadCountry = cache((country: string): CountryContacts | undefined => loadCountryContacts().find((c) => c.country === country));

export const loadGlobalContacts = cache((): Contact[] => globalContactsSchema.parse(readJson(path.join(contentDir(), 'contacts', 'global.json'))).channels);

export const loadRegulators = cache((country: string): CountryRegulators | undefined => {
  const file = path.join(contentDir(), 'regulators', `${country}.json`);
  return existsSync(file) ? countryRegulatorsSchema.parse(readJson(file)) : undefined;
});
