/**
 * Coverage for planners: how many active services each beneficiary category has, by service type
 * and by area, with the capacity where it is known. Empty cells are the point of the view, so every
 * row and column term is kept even when nothing matches it.
 */
import { LANGS, type Lang } from '../../locales';
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
export function coverageMatrix(
  services: readonly CoverageService[],
  rows: readonly CoverageTerm[],
  columns: readonly CoverageTerm[],
  columnsOf: (s: CoverageService) => readonly string[],
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

/**
 * The areas worth a column: the focus area (Cluj-Napoca), its ancestors (county, country), its
 * sub-areas (neighbourhoods), any other area a service names, and a last column for services
 * that do not state an area. The other 40 counties stay out unless a service names one.
 */
export function coverageAreas(areas: readonly CoverageTerm[], services: readonly CoverageService[], focusId: string, notStatedLabel: Record<Lang, string>): CoverageTerm[] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const keep = new Set<string>();
  for (let a = byId.get(focusId); a && !keep.has(a.id); a = a.parent ? byId.get(a.parent) : undefined) keep.add(a.id);
  for (const a of areas) if (a.parent === focusId) keep.add(a.id);
  for (const s of services) for (const id of s.areas_served ?? []) if (byId.has(id)) keep.add(id);
  // Broadest first (country, county, city), then the neighbourhoods in taxonomy order.
  const depth = (a: CoverageTerm): number => (a.parent && byId.has(a.parent) ? 1 + depth(byId.get(a.parent)!) : 0);
  const kept = areas.filter((a) => keep.has(a.id));
  const order = new Map(kept.map((a, i) => [a.id, i]));
  kept.sort((a, b) => depth(a) - depth(b) || order.get(a.id)! - order.get(b.id)!);
  return [...kept, { id: AREA_NOT_STATED, label: notStatedLabel }];
}

/** Beneficiary categories × areas served, counting each area a service names (not its sub-areas). */
export function coverageByArea(services: readonly CoverageService[], categories: readonly CoverageTerm[], areaColumns: readonly CoverageTerm[]): CoverageMatrix {
  return coverageMatrix(services, categories, areaColumns, (s) => (s.areas_served && s.areas_served.length > 0 ? s.areas_served : [AREA_NOT_STATED]));
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
export function coverageCsv(tables: ReadonlyArray<{ name: string; matrix: CoverageMatrix }>): string {
  const rows: Array<Record<(typeof COVERAGE_CSV_HEADER)[number], CsvValue>> = [];
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
  return toCsv(COVERAGE_CSV_HEADER, rows);
}
