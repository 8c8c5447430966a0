// Shoelace's documented cherry-pick: <sl-details> alone (Lit and what the
// component imports come with it). The benchmark bundles it with Vite; the
// light theme is served as Shoelace ships it.
import '@shoelace-style/shoelace/dist/components/details/details.js';
