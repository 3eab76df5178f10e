/**
 * The review cycle: every entry gets a complete review every `review_interval_months` (12 unless
 * it says otherwise). Partial updates (assured_date, a fact's newer source) do not restart the
 * cycle; only `reviewed.date` does. An entry never reviewed needs one now.
 */
import { addMonths } from '../dates';

/**
 * - `current`: reviewed, next review more than DUE_WARNING_MONTHS away;
 * - `due`: the next review falls within DUE_WARNING_MONTHS;
 * - `overdue`: the next review's day has passed;
 * - `never`: no complete review is recorded.
 */
export type ReviewState = 'current' | 'due' | 'overdue' | 'never';

/** How long before its day a review is announced as due (the maintainer's time to phone). */
export const DUE_WARNING_MONTHS = 1;
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

export interface ReviewStatus {
  state: ReviewState;
  /** The last complete review (YYYY-MM-DD). */
  lastReview?: string;
  reviewedBy?: string;
  /** The day the next complete review is due; absent when none was ever done (due now). */
  dueDate?: string;
  intervalMonths: number;
}

export interface Reviewable {
  reviewed?: { date: string; by?: string };
  review_interval_months?: number;
}

/**
 * Where an entry stands in its review cycle on `asOf` (the build day or the report's day).
 * @example reviewStatus({ reviewed: { date: '2025-06-01' } }, '2026-11-25') // { state: 'overdue', dueDate: '2026-06-01', ... }
 */
export function reviewStatus(p: Reviewable, asOf: string): ReviewStatus {
  const intervalMonths = p.review_interval_months ?? DEFAULT_REVIEW_INTERVAL_MONTHS;
  if (!p.reviewed) return { state: 'never', intervalMonths };
  const dueDate = addMonths(p.reviewed.date, intervalMonths);
  const state: ReviewState = asOf >= dueDate ? 'overdue' : asOf >= addMonths(dueDate, -DUE_WARNING_MONTHS) ? 'due' : 'current';
  return { state, lastReview: p.reviewed.date, ...(p.reviewed.by ? { reviewedBy: p.reviewed.by } : {}), dueDate, intervalMonths };
}

/** True when an entry should rank after reviewed ones of equal relevance: its review is late or was never done. */
export function needsReview(state: ReviewState): boolean {
  return state === 'overdue' || state === 'never';
}
