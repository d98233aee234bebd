import { describe, expect, it } from 'vitest';
import { DEFAULT_RASTER_LIMITS, planRaster } from '../../src/export/svg-raster.ts';

describe('planRaster', () => {
  it('keeps a size within the limits as asked', () => {
    expect(planRaster(660, 679, 2)).toEqual({ scale: 2, width: 1320, height: 1358 });
    expect(planRaster(0.4, 0.4, 1)).toEqual({ scale: 1, width: 1, height: 1 });
  });

  it('lowers the scale to the side limit, and says which limit', () => {
    const plan = planRaster(10_000, 1_000, 2);
    expect(plan.width).toBeLessThanOrEqual(16_384);
    expect(plan.width).toBeGreaterThanOrEqual(16_300);
    expect(plan.scale).toBe(1.63);
    expect(plan.message).toBe('Image reduced to 1.63× to stay within 16,384 × 16,384 pixels.');
  });

  it('lowers the scale to the area limit, and says which limit', () => {
    const plan = planRaster(8_000, 8_000, 2);
    expect(plan.width * plan.height).toBeLessThanOrEqual(100_000_000);
    expect(plan.width * plan.height).toBeGreaterThan(99_000_000);
    expect(plan.message).toBe('Image reduced to 1.25× to stay within 100 megapixels.');
  });

  it('states reductions below 1× too', () => {
    const plan = planRaster(26_000, 500, 1);
    expect(plan.message).toBe('Image reduced to 0.63× to stay within 16,384 × 16,384 pixels.');
    expect(plan.width).toBe(16_380);
  });

  it('always fits, however small the limits or large the image', () => {
    for (const [w, h, s] of [
      [1e7, 3, 1],
      [12_345.6, 9_876.5, 3.7],
      [16_385, 1, 1],
      [40_000, 40_000, 0.5],
    ] as const) {
      const plan = planRaster(w, h, s);
      expect(plan.width).toBeLessThanOrEqual(DEFAULT_RASTER_LIMITS.maxSide);
      expect(plan.height).toBeLessThanOrEqual(DEFAULT_RASTER_LIMITS.maxSide);
      expect(plan.width * plan.height).toBeLessThanOrEqual(DEFAULT_RASTER_LIMITS.maxPixels);
      expect(plan.scale).toBeLessThanOrEqual(s);
    }
  });

  it('refuses sizes and scales that are not positive numbers', () => {
    expect(() => planRaster(0, 10, 1)).toThrow(
      expect.objectContaining({ code: 'invalid-option', path: 'options.width' }),
    );
    expect(() => planRaster(10, 10, Number.NaN)).toThrow(
      expect.objectContaining({ code: 'invalid-option', path: 'options.scale' }),
    );
  });

  it('has frozen defaults', () => {
    expect(Object.isFrozen(DEFAULT_RASTER_LIMITS)).toBe(true);
  });
});
