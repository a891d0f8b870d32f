/**
 * Upstream mode: a flat summary names its entity and its upstream document; the exact schema comes from
 * upstream, while the output keeps the summary's name, title, description and source.
 */
import type { Model } from '../model/index.js';
export declare function withUpstream(summary: Model, upstream: Model): Model;
