#!/usr/bin/env node
// Converts the first-level administrative regions (states, provinces, oblasts, governorates) of the
// npm package country-state-city into Backchannel's region resource, a TSV with a header. Run at
// development time only; see README.md.
//
//   node regions.js [OUTPUT]     default OUTPUT: ../../coder/src/main/resources/backchannel/places/regions.tsv
'use strict';

const fs = require('fs');
const path = require('path');
const { State } = require('country-state-city');
const isoCountries = require('i18n-iso-countries');

const ROOT = path.resolve(__dirname, '..', '..');
const OUTPUT = process.argv[2] || path.join(ROOT, 'coder/src/main/resources/backchannel/places/regions.tsv');
const PACKAGE_VERSION = require('country-state-city/package.json').version;

// Words that say what kind of region a name is; news drops them ("Tigray Region" -> "Tigray").
const KIND_SUFFIX = /\s+(region|state|province|oblast|governorate|district|prefecture|county|department|division|territory|krai|kray|republic|autonomous region|autonomous community|special administrative region|municipality|voivodeship|canton|emirate|parish)$/i;
const KIND_PREFIX = /^(autonomous republic of|republic of|province of|state of|region of|governorate of|canton of|department of)\s+/i;
// "North Darfur", "Central Darfur": all of them lie in Darfur.
const DIRECTION = /^(north|south|east|west|central|northern|southern|eastern|western|upper|lower|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+/i;

// Names made only of these words ("Central", "Western", "Capital", "Coast") say where, not which place.
const COMMON_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'centre', 'center', 'capital', 'northern',
  'southern', 'eastern', 'western', 'upper', 'lower', 'coast', 'coastal', 'lakes', 'lake', 'islands', 'island',
  'mountain', 'mountains', 'plateau', 'valley', 'river', 'greater', 'metropolitan', 'city', 'the', 'of', 'and',
  'middle', 'interior', 'highlands', 'lowlands', 'delta', 'border', 'north-east', 'north-west', 'south-east',
  'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'federal', 'national', 'special', 'new']);

function common(name) {
  return name.toLowerCase().split(/\s+/).every(w => COMMON_WORDS.has(w));
}

function clean(s) {
  return String(s).replace(/[\t\r\n|]+/g, ' ').trim();
}

/** The shorter names news uses for a region, without its kind or a compass word. */
function variants(name) {
  const out = new Set();
  let base = name.replace(KIND_PREFIX, '').replace(KIND_SUFFIX, '');
  out.add(base);
  const bare = base.replace(DIRECTION, '');
  if (bare !== base && bare.length >= 4) out.add(bare);
  out.delete(name);
  return [...out].filter(v => v.length >= 3 && !common(v));
}

function main() {
  const rows = [];
  let skipped = 0;
  for (const s of State.getAllStates()) {
    const iso3 = s.countryCode === 'XK' ? 'KSV' : isoCountries.alpha2ToAlpha3(s.countryCode);
    if (!iso3 || !s.latitude || !s.longitude || common(clean(s.name))) {
      skipped++;
      continue;
    }
    rows.push({
      name: clean(s.name), variants: variants(clean(s.name)), country: iso3,
      lat: Number(s.latitude).toFixed(4), lon: Number(s.longitude).toFixed(4), code: clean(s.isoCode),
    });
  }
  rows.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
  const header = [
    '# Backchannel gazetteer: first-level administrative regions of the world (states, provinces, oblasts).',
    '# Source: the npm package country-state-city ' + PACKAGE_VERSION + ' (GPL-3.0), whose data come from the',
    '# countries-states-cities-database (github.com/dr5hn, ODbL 1.0); this derived table is offered under ODbL 1.0.',
    '# Converted by tools/gazetteer/regions.js (see tools/gazetteer/README.md); do not edit by hand.',
    '# Columns (tab-separated):',
    '#   name        the region\'s name',
    '#   variants    \'|\'-separated shorter names added by the converter (kind word or compass word dropped:',
    '#               "Tigray Region" -> "Tigray", "North Darfur" -> "Darfur"); often empty',
    '#   country     ISO 3166-1 alpha-3 code (KSV for Kosovo)',
    '#   lat, lon    WGS84 degrees of its centre, 4 decimals',
    '#   code        the region\'s ISO 3166-2 subdivision code (without the country part)',
  ];
  const lines = rows.map(r => [r.name, r.variants.join('|'), r.country, r.lat, r.lon, r.code].join('\t'));
  fs.writeFileSync(OUTPUT, header.join('\n') + '\n' + lines.join('\n') + '\n');
  console.log(`regions: ${rows.length} (skipped ${skipped} without country or coordinates, or named by common words only); with variants: ${rows.filter(r => r.variants.length).length}`);
}

main();
