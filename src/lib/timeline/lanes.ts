import { CATEGORIES, type Category } from '../content/schemas.ts';

/**
 * One lane (a narrow column of the chart) per category, and a shape per category: colour is
 * never the only sign of who acted.
 */

const r1 = (v: number) => Math.round(v * 10) / 10;
const n = (v: number) => String(r1(v));

/** SVG path of a category's shape centred on (cx, cy), about 2r across. */
export function shapePath(category: Category, cx: number, cy: number, r: number): string {
  switch (category) {
    case 'media': // circle
      return `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
    case 'organisations': {
      // five-pointed star
      const pts = Array.from({ length: 10 }, (_, i) => {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rad = i % 2 ? r * 0.5 : r * 1.2;
        return `${n(cx + rad * Math.cos(a))} ${n(cy + rad * Math.sin(a) + r * 0.1)}`;
      });
      return `M${pts.join('L')}Z`;
    }
    case 'company': {
      // cross
      const a = r;
      const b = r * 0.38;
      return `M${n(cx - b)} ${n(cy - a)}H${n(cx + b)}V${n(cy - b)}H${n(cx + a)}V${n(cy + b)}H${n(cx + b)}V${n(cy + a)}H${n(cx - b)}V${n(cy + b)}H${n(cx - a)}V${n(cy - b)}H${n(cx - b)}Z`;
    }
    case 'parliament': {
      const s = r * 0.88;
      return `M${n(cx - s)} ${n(cy - s)}H${n(cx + s)}V${n(cy + s)}H${n(cx - s)}Z`;
    }
    case 'government': {
      const s = r * 1.2;
      return `M${n(cx)} ${n(cy - s)}L${n(cx + s)} ${n(cy)}L${n(cx)} ${n(cy + s)}L${n(cx - s)} ${n(cy)}Z`;
    }
    case 'regulators': {
      const s = r * 1.15;
      return `M${n(cx)} ${n(cy - s)}L${n(cx + s)} ${n(cy + s * 0.85)}H${n(cx - s)}Z`;
    }
    case 'law': {
      // a building with a pediment: a court
      const s = r;
      return `M${n(cx)} ${n(cy - s * 1.1)}L${n(cx + s)} ${n(cy - s * 0.3)}V${n(cy + s)}H${n(cx - s)}V${n(cy - s * 0.3)}Z`;
    }
  }
}

export interface LaneGeometry {
  /** Left edge of the first lane. */
  left: number;
  width: number;
}

/** Centre x of each category's lane, in CATEGORIES order. */
export function laneCentres(g: LaneGeometry): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((c, i) => [c, r1(g.left + g.width * (i + 0.5))])) as Record<Category, number>;
}

/** The lanes' right edge. */
export const lanesRight = (g: LaneGeometry) => g.left + g.width * CATEGORIES.length;
