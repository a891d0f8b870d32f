import { type Model } from '../model/index.js';
export declare function wellFormedNames(model: Model): Model;
