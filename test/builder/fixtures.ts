/**
 * Sheets for the builder tests, as an editor would paste them.
 *
 * CENSUS_TSV is real and public: the resident population of the United States
 * counted by each decennial census from 1790 to 1850 (U.S. Census Bureau,
 * "Population and Housing Unit Counts", table 1; https://www.census.gov/).
 * It is copied as Excel copies cells: tab-separated, thousands with commas.
 *
 * The comparison and gallery sheets are illustrative: Northfield, Harbour and
 * Coast are invented names, and every figure and caption in them is made up.
 */
export const CENSUS_TSV = [
  'Year\tResident population',
  '1790\t3,929,214',
  '1800\t5,308,483',
  '1810\t7,239,881',
  '1820\t9,638,453',
  '1830\t12,866,020',
  '1840\t17,069,453',
  '1850\t23,191,876',
].join('\n');

export const CENSUS = [3929214, 5308483, 7239881, 9638453, 12866020, 17069453, 23191876];

/** Semicolon CSV with decimal commas, quoted cells and a source with no figure (illustrative). */
export const SOURCES_CSV = [
  'Source;Figure;Low;High;Kind;Status;Note',
  'Northfield Monitor (illustrative);120;;;monitor;estimate;"Counts names; verified twice"',
  'Harbour Ministry (illustrative);;;;government;no-figure;No figure released',
  'Coast Observers (illustrative);"1.140";"1.000";"1.300";ngo;reported;',
].join('\r\n');

/** A caption/credit sheet (illustrative). */
export const GALLERY_TSV = [
  'Caption\tCredit',
  'Fishing boats moored in the harbour of Northfield, an invented town, at dawn (illustrative)\tExample Agency',
  'A market street in Northfield after the storm, with shutters closed (illustrative)\tJane Example / Example Agency',
  '"A caption with a tab\tand a ""quote"" inside, copied from a spreadsheet (illustrative)"\tExample Agency',
].join('\n');
