import { type Model } from '../model/index.js';
/**
 * Gives every definition a collision-free PascalCase identifier, deterministically: names that already
 * are their own PascalCase form keep it; the rest follow in definition order, numbered on collision
 * (`CompactionSettings-Input` → `CompactionSettingsInput`, then `CompactionSettingsInput2`).
 */
export declare function assignTypeNames(model: Model): Model;
