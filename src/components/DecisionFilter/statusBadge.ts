import type { Adr } from '@site/src/types/sources';

/**
 * The Infima badge class of each ADR status, shared by the generated ADR pages and
 * the registry filter so a status looks the same everywhere. Typed by the
 * generated `Adr` type: a status added to the meta-schema fails the typecheck here.
 */
export const STATUS_BADGE: Readonly<Record<Adr['status'], string>> = {
  proposed: 'badge--info',
  accepted: 'badge--success',
  rejected: 'badge--danger',
  deprecated: 'badge--warning',
  superseded: 'badge--secondary',
};
