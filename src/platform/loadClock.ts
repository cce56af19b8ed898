// When this extension's code started to load: the first module the bundle evaluates (src/extension.ts
// imports it first). With the end of activate() it tells how much of an activation is this
// extension's own code and how much the host's work around it (bench:editor prints both).
export const loadStartedAt = performance.now();
