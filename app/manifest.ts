import type { MetadataRoute } from "next";

/** Web app manifest: the app can be added to a phone's home screen (icon, name, colours); no offline mode. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Versorgungslotse",
    short_name: "Versorgungslotse",
    description: "Werkzeuge für Städte und Kreise, die die hausärztliche Versorgung sichern wollen",
    lang: "de",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1b2b4a",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    ],
  };
}
