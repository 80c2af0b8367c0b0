import type { PluginCreator, Root } from "postcss";

export const SCAN_DIRS: string[];
export interface KernTokens {
  classes: Set<string>;
  prefixes: Set<string>;
}
export function scannedFiles(rootDir: string, dirs?: string[]): string[];
export function kernTokens(texts: Iterable<string>): KernTokens;
export function requiredKernClasses(selector: string): string[];
export function subsetKern(root: Root, used: KernTokens): Root;
declare const kernSubset: PluginCreator<{ root?: string }>;
export default kernSubset;
