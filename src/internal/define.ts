/**
 * Registers a custom element once. A second copy of the script (the same
 * embed pasted twice, or the CDN file next to the npm build) finds the tag
 * taken and leaves the first definition in place instead of throwing.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch {
    // Another script defined it between the check and here; theirs stands.
  }
}
