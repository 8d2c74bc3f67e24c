import Link from '@docusaurus/Link';
import { useLatestVersion } from '@docusaurus/plugin-content-docs/client';
import type { DecisionEntry } from '@site/src/data/decisions';
import type { Adr } from '@site/src/types/sources';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { STATUS_BADGE } from './statusBadge';
import styles from './styles.module.css';

export interface DecisionFilterProps {
  readonly decisions: readonly DecisionEntry[];
  readonly statuses: ReadonlyArray<Adr['status']>;
}

interface Filter {
  readonly status: Adr['status'] | '';
  readonly tag: string;
  readonly text: string;
}

const NONE: Filter = { status: '', tag: '', text: '' };

/**
 * The decision registry table with client-side filters by status, tag and text.
 * It renders every row at build time (static HTML, readable without JavaScript);
 * the controls are enabled once the page is interactive.
 */
export default function DecisionFilter({ decisions, statuses }: DecisionFilterProps): ReactNode {
  const [filter, setFilter] = useState<Filter>(NONE);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const permalinks = usePermalinks();
  const tags = useMemo(() => [...new Set(decisions.flatMap((d) => d.tags))].sort(), [decisions]);
  const visible = useMemo(() => decisions.filter((d) => matches(d, filter)), [decisions, filter]);
  const count = (status: Adr['status']): number => decisions.filter((d) => d.status === status).length;

  return (
    <div className={styles.registry} data-decision-filter="" data-ready={ready ? 'true' : 'false'}>
      <form className={styles.controls} role="search" aria-label="Filter decisions" onSubmit={(e) => e.preventDefault()}>
        <label className={styles.control}>
          <span>Status</span>
          <select
            data-filter="status"
            disabled={!ready}
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.target.value as Filter['status'] })}
          >
            <option value="">all statuses</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s} ({count(s)})
              </option>
            ))}
          </select>
        </label>
        <label className={styles.control}>
          <span>Tag</span>
          <select data-filter="tag" disabled={!ready} value={filter.tag} onChange={(e) => setFilter({ ...filter, tag: e.target.value })}>
            <option value="">all tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.control}>
          <span>Text</span>
          <input
            type="search"
            data-filter="text"
            disabled={!ready}
            placeholder="number, title, tag"
            value={filter.text}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
        </label>
        <button type="button" className="button button--sm button--secondary" disabled={!ready || filter === NONE} onClick={() => setFilter(NONE)}>
          Clear
        </button>
      </form>
      <p className={styles.count} aria-live="polite" data-filter-count={visible.length}>
        Showing {visible.length} of {decisions.length} decisions.
      </p>
      <table className={styles.table} data-decision-table="">
        <thead>
          <tr>
            <th>ADR</th>
            <th>Title</th>
            <th>Status</th>
            <th>Date</th>
            <th>Tags</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((d) => (
            <tr key={d.id} data-adr-id={d.id} data-status={d.status} data-tags={d.tags.join(' ')}>
              <td>{number(d.id)}</td>
              <td>{permalinks.has(d.docId) ? <Link to={permalinks.get(d.docId)}>{d.title}</Link> : d.title}</td>
              <td>
                <span className={`badge ${STATUS_BADGE[d.status]}`}>{d.status}</span>
              </td>
              <td>{d.date}</td>
              <td>
                {d.tags.map((t) => (
                  <code key={t} className={styles.tag}>
                    {t}
                  </code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length === 0 ? <p className={styles.empty}>No decision matches these filters.</p> : null}
    </div>
  );
}

/** Doc id → URL of every page of the docs plugin, so rows link to ADR pages wherever they are served. */
function usePermalinks(): ReadonlyMap<string, string> {
  const version = useLatestVersion(undefined);
  return useMemo(() => new Map(version.docs.map((doc) => [doc.id, doc.path])), [version]);
}

function number(id: number): string {
  return String(id).padStart(4, '0');
}

/** Every word of the text filter must occur in the number, title, status or tags (case-insensitive). */
function matches(d: DecisionEntry, filter: Filter): boolean {
  if (filter.status !== '' && d.status !== filter.status) return false;
  if (filter.tag !== '' && !d.tags.includes(filter.tag)) return false;
  const haystack = [number(d.id), d.title, d.status, ...d.tags].join(' ').toLowerCase();
  return filter.text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => haystack.includes(w));
}
