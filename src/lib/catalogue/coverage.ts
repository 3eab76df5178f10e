/**
 * Coverage for planners: how many active services each beneficiary category has, by service type
 * and by area, with the capacity where it is known. Empty cells are the point of the view, so every
 * row and column term is kept even when nothing matches it.
 */
import { LANGS, type Lang } from '../../locales';
import { LOCAL_REACHES, REACHES, servesArea, type AreaIndex, type PlacedService, type Reach } from './areas';
import { toCsv, type CsvValue } from '../export/csv';

export const CAPACITY_UNITS = ['places', 'beds', 'per_day', 'per_month'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/** The few service fields coverage needs; a full `Service` fits. */
export interface CoverageService {
  status?: 'active' | 'inactive';
  beneficiary_categories: readonly string[];
  service_types: readonly string[];
  areas_served?: readonly string[];
  capacity?: { value: number; unit: CapacityUnit };
}

export interface CoverageTerm {
  id: string;
  label: Record<Lang, string>;
  parent?: string;
}

export interface CoverageCell {
  /** Active services that name both the row and the column term. */
  services: number;
  /** Sum of the known capacities, per unit (places and beds are not added together). */
  capacity: Partial<Record<CapacityUnit, number>>;
  /** Services in this cell whose capacity is unknown. */
  withoutCapacity: number;
}

export interface CoverageMatrix {
  rows: CoverageTerm[];
  columns: CoverageTerm[];
  /** cells[rowIndex][columnIndex] */
  cells: CoverageCell[][];
  /** Distinct services per row: a service with two types counts once here. */
  rowTotals: CoverageCell[];
}

/** Column id for services that do not say which area they serve. */
export const AREA_NOT_STATED = 'not-stated';
/** Column ids for services that serve the focus area as part of its whole county, or of the country. */
export const AREA_COUNTY_WIDE = 'county-wide';
export const AREA_NATIONAL = 'national';

const emptyCell = (): CoverageCell => ({ services: 0, capacity: {}, withoutCapacity: 0 });

function addService(cell: CoverageCell, s: CoverageService): void {
  cell.services += 1;
  if (s.capacity) cell.capacity[s.capacity.unit] = (cell.capacity[s.capacity.unit] ?? 0) + s.capacity.value;
  else cell.withoutCapacity += 1;
}

/**
 * Builds a rows × columns matrix. `columnsOf` says which column ids a service falls under; ids
 * that are not among `columns` are ignored (they are reported by content validation, not here).
 */
export function coverageMatrix<S extends CoverageService>(
  services: readonly S[],
  rows: readonly CoverageTerm[],
  columns: readonly CoverageTerm[],
  columnsOf: (s: S) => readonly string[],
): CoverageMatrix {
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const colIndex = new Map(columns.map((c, i) => [c.id, i]));
  const cells = rows.map(() => columns.map(emptyCell));
  const rowTotals = rows.map(emptyCell);
  for (const s of services) {
    if (s.status === 'inactive') continue;
    const cols = [...new Set(columnsOf(s))].map((id) => colIndex.get(id)).filter((i): i is number => i !== undefined);
    for (const rowId of new Set(s.beneficiary_categories)) {
      const r = rowIndex.get(rowId);
      if (r === undefined) continue;
      addService(rowTotals[r]!, s);
      for (const c of cols) addService(cells[r]![c]!, s);
    }
  }
  return { rows: [...rows], columns: [...columns], cells, rowTotals };
}

/** Beneficiary categories × service types. */
export function coverageByType(services: readonly CoverageService[], categories: readonly CoverageTerm[], types: readonly CoverageTerm[]): CoverageMatrix {
  return coverageMatrix(services, categories, types, (s) => s.service_types);
}

export interface AreaColumnLabels {
  countyWide: Record<Lang, string>;
  national: Record<Lang, string>;
  notStated: Record<Lang, string>;
}

/**
 * The area columns: the focus area (Cluj-Napoca) and its parts (neighbourhoods), then one column for
 * the services that reach it as part of its whole county, one for the national ones, and one for
 * services that state no area. Other counties get no column: a service for the whole country
 * counts once, under "national", not once per county.
 */
export function coverageAreas(areas: AreaIndex, focusId: string, labels: AreaColumnLabels): CoverageTerm[] {
  const term = (id: string): CoverageTerm => ({ id, label: areas.terms.get(id)!.label });
  const focus = areas.terms.has(focusId) ? [term(focusId), ...areas.children(focusId).filter((c) => areas.kind(c) === 'neighbourhood').map(term)] : [];
  return [...focus, { id: AREA_COUNTY_WIDE, label: labels.countyWide }, { id: AREA_NATIONAL, label: labels.national }, { id: AREA_NOT_STATED, label: labels.notStated }];
}

/**
 * Beneficiary categories × areas, each cell by `servesArea`: an area column counts the services
 * local to it (located there or serving it); the county-wide and national columns count the
 * services that reach the focus area that way.
 */
export function coverageByArea(services: ReadonlyArray<CoverageService & PlacedService>, categories: readonly CoverageTerm[], columns: readonly CoverageTerm[], areas: AreaIndex, focusId: string): CoverageMatrix {
  const areaColumns = columns.filter((c) => areas.terms.has(c.id));
  return coverageMatrix(services, categories, columns, (s) => {
    if (!(s.areas_served?.length) && s.places.length === 0) return [AREA_NOT_STATED];
    const out = areaColumns.filter((c) => LOCAL_REACHES.includes(servesArea(s, c.id, areas)!)).map((c) => c.id);
    const reach = servesArea(s, focusId, areas);
    if (reach === 'county-wide') out.push(AREA_COUNTY_WIDE);
    if (reach === 'national') out.push(AREA_NATIONAL);
    return out;
  });
}

/** One row of the towns-and-communes table: how many active services reach a unit each way (servesArea). */
export interface UnitCoverageRow {
  id: string;
  label: Record<Lang, string>;
  services: Record<Reach, number>;
}

/** Number of cells with no service at all: what the view is for. */
export function emptyCellCount(m: CoverageMatrix): number {
  return m.cells.reduce((n, row) => n + row.filter((c) => c.services === 0).length, 0);
}

export const COVERAGE_CSV_HEADER = [
  'table', 'category_id', ...LANGS.map((l) => `category_${l}`), 'column_id', ...LANGS.map((l) => `column_${l}`),
  'services', ...CAPACITY_UNITS.map((u) => `capacity_${u}`), 'services_without_capacity',
] as const;

/**
 * The matrices as one long CSV table (one line per cell, empty cells included), which planners can
 * pivot in a spreadsheet. Capacity columns are empty where no service in the cell states one.
 */
export function coverageCsv(tables: ReadonlyArray<{ name: string; matrix: CoverageMatrix }>, units: readonly UnitCoverageRow[] = []): string {
  const rows: Array<Record<(typeof COVERAGE_CSV_HEADER)[number], CsvValue>> = [];
  const row = (values: CsvValue[]) => rows.push(Object.fromEntries(COVERAGE_CSV_HEADER.map((h, i) => [h, values[i]])) as Record<(typeof COVERAGE_CSV_HEADER)[number], CsvValue>);
  for (const { name, matrix } of tables) {
    matrix.rows.forEach((row, r) => {
      matrix.columns.forEach((col, c) => {
        const cell = matrix.cells[r]![c]!;
        const values: CsvValue[] = [
          name, row.id, ...LANGS.map((l) => row.label[l]), col.id, ...LANGS.map((l) => col.label[l]),
          cell.services, ...CAPACITY_UNITS.map((u) => cell.capacity[u]), cell.withoutCapacity,
        ];
        rows.push(Object.fromEntries(COVERAGE_CSV_HEADER.map((h, i) => [h, values[i]])) as Record<(typeof COVERAGE_CSV_HEADER)[number], CsvValue>);
      });
    });
  }
  // The towns and communes: one line per unit and reach, in the same columns (the reach is the "category").
  for (const u of units) for (const r of REACHES) {
    row(['by_unit', r, ...LANGS.map(() => r), u.id, ...LANGS.map((l) => u.label[l]), u.services[r], ...CAPACITY_UNITS.map(() => undefined), undefined]);
  }
  return toCsv(COVERAGE_CSV_HEADER, rows);
}
