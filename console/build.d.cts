/** console/build.cjs: builds console/dist when its sources changed. */
export declare function ensureBuilt(options?: {
  log?: (line: string) => void;
}): Promise<'fresh' | 'built' | 'no-sources'>;
export declare function isFresh(hash?: string): boolean;
export declare const dist: string;
