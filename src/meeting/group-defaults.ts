import type { AttendeeGroup, GroupKind } from './schema.js';

/** What a group of each kind does by default; a group's own flags override these. */
export interface KindDefaults {
  inTotal: boolean;
  needsRoom: boolean;
  dines: boolean;
  seated: boolean;
  badge: string;
}

/**
 * Defaults by kind, as the seed plans use them: delegates and guests are the counted attendees who
 * lodge, eat and sit; staff and press are local and not in the stated total; waiters serve, not dine.
 *
 * @example
 * ```ts
 * KIND_DEFAULTS.press.badge; // '记者证'
 * ```
 */
export const KIND_DEFAULTS: Readonly<Record<GroupKind, KindDefaults>> = {
  delegate: { inTotal: true, needsRoom: true, dines: true, seated: true, badge: '代表证' },
  guest: { inTotal: true, needsRoom: true, dines: true, seated: true, badge: '代表证' },
  staff: { inTotal: false, needsRoom: false, dines: true, seated: false, badge: '工作证' },
  press: { inTotal: false, needsRoom: false, dines: true, seated: true, badge: '记者证' },
  service: { inTotal: false, needsRoom: false, dines: false, seated: false, badge: '工作证' },
};

/** A group with every default filled in. */
export interface ResolvedGroup {
  index: number;
  label: string;
  name: string;
  kind: GroupKind;
  rank: string | undefined;
  inTotal: boolean;
  needsRoom: boolean;
  dines: boolean;
  seated: boolean;
  rostrum: boolean;
  badge: string | false;
}

/**
 * Fills a group's unset flags from its kind (delegate when unset).
 *
 * @example
 * ```ts
 * resolveGroup({ name: '服务员', count: 4, kind: 'service' }, 0).dines; // false
 * ```
 */
export function resolveGroup(
  g: AttendeeGroup,
  index: number,
  badgeNames: { [K in GroupKind]?: string | undefined } = {},
): ResolvedGroup {
  const kind = g.kind ?? 'delegate';
  const d = KIND_DEFAULTS[kind];
  return {
    index,
    label: g.id ?? g.name,
    name: g.name,
    kind,
    rank: g.rank,
    inTotal: g.inTotal ?? d.inTotal,
    needsRoom: g.needsRoom ?? d.needsRoom,
    dines: g.dines ?? d.dines,
    seated: g.seated ?? d.seated,
    rostrum: g.rostrum ?? false,
    badge: g.badge ?? badgeNames[kind] ?? d.badge,
  };
}
