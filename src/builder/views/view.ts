/**
 * What the builder's views read and call: a snapshot of the element's state
 * and its actions, rebuilt at each render. Views are functions of this alone.
 */
import type { BuiltInput, Role } from '../columns.js';
import type { EmbedSpec } from '../embed.js';
import type { Heard } from '../measure.js';
import type { Sheet } from '../sheet.js';
import type { AnnotationDraft, BuilderState } from '../state.js';

export const PREVIEW_WIDTHS = [280, 375, 640, 1000] as const;

export interface BuilderActions {
  patch(p: Partial<BuilderState>): void;
  onData(text: string): void;
  onFile(e: Event): void;
  setRole(i: number, role: Role): void;
  setField(name: string, value: string): void;
  setAnnotation(i: number, patch: Partial<AnnotationDraft>): void;
  addAnnotation(): void;
  removeAnnotation(i: number): void;
  copy(): void;
  togglePreviewWidth(w: number, on: boolean): void;
  setTheme(t: 'light' | 'dark'): void;
  setDir(d: 'ltr' | 'rtl'): void;
  setWidthsText(text: string): void;
  onElementIssues(e: Event): void;
}

export interface BuilderView {
  s: BuilderState;
  sheet: Sheet;
  built: BuiltInput | null;
  spec: EmbedSpec | null;
  /** The column roles in use (the editor's, else the recognised ones). */
  roles: Role[];
  heard: Heard | null;
  previewWidths: readonly number[];
  previewTheme: 'light' | 'dark';
  previewDir: 'ltr' | 'rtl';
  widthsText: string;
  embedCode: string;
  status: string;
  act: BuilderActions;
}
