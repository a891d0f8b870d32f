/** Types a config file: `export default defineConfig({ documents: [...] })`. Returns its argument. */
export function defineConfig(config) {
    return config;
}
//# sourceMappingURL=define.js.map