/** `data/*.yaml`, turned into its parsed value by the build (scripts/faq-yaml-plugin.mjs). */
declare module '*.yaml' {
  const value: unknown;
  export default value;
}
